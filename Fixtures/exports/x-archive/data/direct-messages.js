window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1288834974210048-1402938475610293",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1402938475610293",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Lan, the shelter is at 12 Lê Lợi street, call +84 24 3825 1234. Ask for Phạm Văn Đức.",
            "mediaUrls" : [ ],
            "senderId" : "1288834974210048",
            "id" : "1790000000000000100",
            "createdAt" : "2024-05-13T09:20:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1288834974210048",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok huongtran_vn, thanks",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1790000000000000101/1790000000000000102/AbCd.jpg"
            ],
            "senderId" : "1402938475610293",
            "id" : "1790000000000000101",
            "createdAt" : "2024-05-13T09:25:00.000Z"
          }
        }
      ]
    }
  }
]
