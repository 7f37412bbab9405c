window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1288834974210048",
      "createdAt" : "2024-05-13T09:00:00.000Z",
      "loginIp" : "203.0.113.45"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1288834974210048",
      "createdAt" : "2024-05-12T21:14:09.000Z",
      "loginIp" : "2001:db8::17"
    }
  }
]
