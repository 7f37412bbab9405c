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
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nguyễn Thị Lan",
            "screen_name" : "lan_nguyen88",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1402938475610293",
            "id" : "1402938475610293"
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
      "in_reply_to_user_id" : "1402938475610293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790000000000000001",
      "in_reply_to_status_id" : "1789999999999999999",
      "created_at" : "Mon May 13 09:12:03 +0000 2024",
      "favorited" : false,
      "full_text" : "@lan_nguyen88 Nguyễn Thị Lan said call 0912 345 678 when you reach the bus station &amp; wait. Ask lan_nguyen88 again",
      "lang" : "en",
      "in_reply_to_screen_name" : "lan_nguyen88",
      "in_reply_to_user_id_str" : "1402938475610293"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "রহিম উদ্দিন",
            "screen_name" : "rahim_bd",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "998877665544",
            "id" : "998877665544"
          },
          {
            "name" : "สมชาย ใจดี",
            "screen_name" : "somchai_j",
            "indices" : [
              "10",
              "20"
            ],
            "id_str" : "1122334455",
            "id" : "1122334455"
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
      "full_text" : "@rahim_bd @somchai_j রহিম উদ্দিন ফোন করবে ০১৭১২-৩৪৫৬৭৮ নম্বরে; สมชาย ใจดี is with rahim_bd now",
      "lang" : "bn"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "name" : "김민준",
            "screen_name" : "minjun_kim",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "5566778899",
            "id" : "5566778899"
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
      "full_text" : "RT @minjun_kim: 김민준 입니다. 연락 주세요 #safehome",
      "lang" : "ko"
    }
  }
]
