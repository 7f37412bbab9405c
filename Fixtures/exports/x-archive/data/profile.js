window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Trần Thu Hương, volunteer. DM @huongtran_vn",
        "website" : "https://t.co/AbCdEf1234",
        "location" : "Hải Phòng, Việt Nam"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1288834974210048/aBcD_400x400.jpg"
    }
  }
]
