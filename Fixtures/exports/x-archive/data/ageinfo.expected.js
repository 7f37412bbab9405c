window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          null
        ],
        "birthDate" : null
      },
      "inferredAgeInfo" : {
        "age" : [
          null
        ],
        "birthDate" : null
      }
    }
  }
]
