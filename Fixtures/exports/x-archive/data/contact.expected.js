window.YTD.contact.part0 = [
  {
    "contact" : {
      "id" : "7654321",
      "emails" : [
        "[EMAIL]"
      ],
      "phoneNumbers" : [
        "[PHONE]",
        "[PHONE]"
      ]
    }
  }
]
