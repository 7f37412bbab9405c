window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "huong.tran@example.org",
      "createdVia" : "web",
      "username" : "huongtran_vn",
      "accountId" : "1288834974210048",
      "createdAt" : "2020-07-30T12:00:00.000Z",
      "accountDisplayName" : "Trần Thu Hương"
    }
  }
]
