window.YTD.contact.part0 = [
  {
    "contact" : {
      "id" : "7654321",
      "emails" : [
        "somchai.j@example.co.th"
      ],
      "phoneNumbers" : [
        "+66812345678",
        "0812345679"
      ]
    }
  }
]
