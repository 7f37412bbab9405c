window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "[HANDLE]",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "[HANDLE]",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "[PERSON], the shelter is at [LOCATION], call [PHONE]. Ask for [PERSON].",
            "mediaUrls" : [ ],
            "senderId" : "[HANDLE]",
            "id" : "1790000000000000100",
            "createdAt" : "2024-05-13T09:20:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "[HANDLE]",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "ok huongtran_vn, thanks",
            "mediaUrls" : [
              "[HANDLE]"
            ],
            "senderId" : "[HANDLE]",
            "id" : "1790000000000000101",
            "createdAt" : "2024-05-13T09:25:00.000Z"
          }
        }
      ]
    }
  }
]
