window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790000000000000001"
          ],
          "editableUntil" : "2024-05-13T10:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"[URL]\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "[PERSON]",
            "screen_name" : "[HANDLE]",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "[HANDLE]",
            "id" : "[HANDLE]"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1789999999999999999",
      "id_str" : "1790000000000000001",
      "in_reply_to_user_id" : "[HANDLE]",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790000000000000001",
      "in_reply_to_status_id" : "1789999999999999999",
      "created_at" : "Mon May 13 09:12:03 +0000 2024",
      "favorited" : false,
      "full_text" : "[PERSON] said call [PHONE] when you reach the bus station &amp; wait. Ask [HANDLE] again",
      "lang" : "en",
      "in_reply_to_screen_name" : "[HANDLE]",
      "in_reply_to_user_id_str" : "[HANDLE]"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"[HANDLE]\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "[PERSON]",
            "screen_name" : "[HANDLE]",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "[HANDLE]",
            "id" : "[HANDLE]"
          },
          {
            "name" : "[PERSON]",
            "screen_name" : "[HANDLE]",
            "indices" : [
              "10",
              "20"
            ],
            "id_str" : "[HANDLE]",
            "id" : "[HANDLE]"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1790000000000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1790000000000000002",
      "created_at" : "Tue May 14 03:40:11 +0000 2024",
      "favorited" : false,
      "full_text" : "[HANDLE] [HANDLE] [PERSON] ফোন করবে [PHONE] নম্বরে; [PERSON] is with [HANDLE] now",
      "lang" : "bn"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"[URL]\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "safehome",
            "indices" : [
              "40",
              "49"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "[PERSON]",
            "screen_name" : "[HANDLE]",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "[HANDLE]",
            "id" : "[HANDLE]"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "1790000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790000000000000003",
      "created_at" : "Wed May 15 11:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT [HANDLE]: [PERSON] 입니다. 연락 주세요 #safehome",
      "lang" : "ko"
    }
  }
]
