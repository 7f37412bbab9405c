window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+84912345678"
    }
  }
]
