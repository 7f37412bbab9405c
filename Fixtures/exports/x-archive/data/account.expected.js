window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "[EMAIL]",
      "createdVia" : "web",
      "username" : "[HANDLE]",
      "accountId" : "[HANDLE]",
      "createdAt" : "2020-07-30T12:00:00.000Z",
      "accountDisplayName" : "[PERSON]"
    }
  }
]
