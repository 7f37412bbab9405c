window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "[PERSON], volunteer. DM [HANDLE]",
        "website" : "[URL]",
        "location" : "[LOCATION]"
      },
      "avatarMediaUrl" : "[URL]"
    }
  }
]
