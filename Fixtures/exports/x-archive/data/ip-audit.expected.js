window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "[HANDLE]",
      "createdAt" : "2024-05-13T09:00:00.000Z",
      "loginIp" : null
    }
  },
  {
    "ipAudit" : {
      "accountId" : "[HANDLE]",
      "createdAt" : "2024-05-12T21:14:09.000Z",
      "loginIp" : null
    }
  }
]
