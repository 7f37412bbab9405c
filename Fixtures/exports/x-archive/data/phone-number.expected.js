window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "[PHONE]"
    }
  }
]
