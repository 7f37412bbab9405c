// Generated: the folding of every scalar that ``TextFolder`` changes, from
// ``TextFolder/derivedFolding(of:)`` (Foundation's compatibility decomposition, marks dropped, lower
// case). Regenerate with `REDACT_WRITE_FOLD_TABLE=Sources/Redact/Text/TextFolder+Table.swift swift test
// --filter TextFolderTableTests` (the test checks this table against the derivation).

extension TextFolder {
  /// `scalar:folded` pairs, both in hex (the folded form as UTF-8 bytes, empty when the
  /// scalar folds to nothing), separated by white space, in increasing scalar order.
  static let generatedFoldings = """
    a0:20 a8:20 aa:61 af:20 b2:32 b3:33 b4:20 b5:cebc b8:20 b9:31 ba:6f bc:31e2818434 bd:31e2818432
    be:33e2818434 c0:61 c1:61 c2:61 c3:61 c4:61 c5:61 c6:6165 c7:63 c8:65 c9:65 ca:65 cb:65 cc:69 cd:69
    ce:69 cf:69 d0:64 d1:6e d2:6f d3:6f d4:6f d5:6f d6:6f d8:6f d9:75 da:75 db:75 dc:75 dd:79 de:7468
    df:7373 e0:61 e1:61 e2:61 e3:61 e4:61 e5:61 e6:6165 e7:63 e8:65 e9:65 ea:65 eb:65 ec:69 ed:69 ee:69
    ef:69 f0:64 f1:6e f2:6f f3:6f f4:6f f5:6f f6:6f f8:6f f9:75 fa:75 fb:75 fc:75 fd:79 fe:7468 ff:79 100:61
    101:61 102:61 103:61 104:61 105:61 106:63 107:63 108:63 109:63 10a:63 10b:63 10c:63 10d:63 10e:64 10f:64
    110:64 111:64 112:65 113:65 114:65 115:65 116:65 117:65 118:65 119:65 11a:65 11b:65 11c:67 11d:67 11e:67
    11f:67 120:67 121:67 122:67 123:67 124:68 125:68 126:c4a7 128:69 129:69 12a:69 12b:69 12c:69 12d:69
    12e:69 12f:69 130:69 131:69 132:696a 133:696a 134:6a 135:6a 136:6b 137:6b 139:6c 13a:6c 13b:6c 13c:6c
    13d:6c 13e:6c 13f:6cc2b7 140:6cc2b7 141:6c 142:6c 143:6e 144:6e 145:6e 146:6e 147:6e 148:6e 149:cabc6e
    14a:c58b 14c:6f 14d:6f 14e:6f 14f:6f 150:6f 151:6f 152:6f65 153:6f65 154:72 155:72 156:72 157:72 158:72
    159:72 15a:73 15b:73 15c:73 15d:73 15e:73 15f:73 160:73 161:73 162:74 163:74 164:74 165:74 166:c5a7
    168:75 169:75 16a:75 16b:75 16c:75 16d:75 16e:75 16f:75 170:75 171:75 172:75 173:75 174:77 175:77 176:79
    177:79 178:79 179:7a 17a:7a 17b:7a 17c:7a 17d:7a 17e:7a 17f:73 181:c993 182:c683 184:c685 186:c994
    187:c688 189:c996 18a:c997 18b:c68c 18e:c79d 18f:c999 190:c99b 191:c692 193:c9a0 194:c9a3 196:c9a9
    197:c9a8 198:c699 19c:c9af 19d:c9b2 19f:c9b5 1a0:6f 1a1:6f 1a2:c6a3 1a4:c6a5 1a6:ca80 1a7:c6a8 1a9:ca83
    1ac:c6ad 1ae:ca88 1af:75 1b0:75 1b1:ca8a 1b2:ca8b 1b3:c6b4 1b5:c6b6 1b7:ca92 1b8:c6b9 1bc:c6bd 1c4:647a
    1c5:647a 1c6:647a 1c7:6c6a 1c8:6c6a 1c9:6c6a 1ca:6e6a 1cb:6e6a 1cc:6e6a 1cd:61 1ce:61 1cf:69 1d0:69
    1d1:6f 1d2:6f 1d3:75 1d4:75 1d5:75 1d6:75 1d7:75 1d8:75 1d9:75 1da:75 1db:75 1dc:75 1de:61 1df:61 1e0:61
    1e1:61 1e2:c3a6 1e3:c3a6 1e4:c7a5 1e6:67 1e7:67 1e8:6b 1e9:6b 1ea:6f 1eb:6f 1ec:6f 1ed:6f 1ee:ca92
    1ef:ca92 1f0:6a 1f1:647a 1f2:647a 1f3:647a 1f4:67 1f5:67 1f6:c695 1f7:c6bf 1f8:6e 1f9:6e 1fa:61 1fb:61
    1fc:c3a6 1fd:c3a6 1fe:c3b8 1ff:c3b8 200:61 201:61 202:61 203:61 204:65 205:65 206:65 207:65 208:69
    209:69 20a:69 20b:69 20c:6f 20d:6f 20e:6f 20f:6f 210:72 211:72 212:72 213:72 214:75 215:75 216:75 217:75
    218:73 219:73 21a:74 21b:74 21c:c89d 21e:68 21f:68 220:c69e 222:c8a3 224:c8a5 226:61 227:61 228:65
    229:65 22a:6f 22b:6f 22c:6f 22d:6f 22e:6f 22f:6f 230:6f 231:6f 232:79 233:79 23a:e2b1a5 23b:c8bc
    23d:c69a 23e:e2b1a6 241:c982 243:c680 244:ca89 245:ca8c 246:c987 248:c989 24a:c98b 24c:c98d 24e:c98f
    2b0:68 2b1:c9a6 2b2:6a 2b3:72 2b4:c9b9 2b5:c9bb 2b6:ca81 2b7:77 2b8:79 2d8:20 2d9:20 2da:20 2db:20
    2dc:20 2dd:20 2e0:c9a3 2e1:6c 2e2:73 2e3:78 2e4:ca95 300: 301: 302: 303: 304: 305: 306: 307: 308: 309:
    30a: 30b: 30c: 30d: 30e: 30f: 310: 311: 312: 313: 314: 315: 316: 317: 318: 319: 31a: 31b: 31c: 31d: 31e:
    31f: 320: 321: 322: 323: 324: 325: 326: 327: 328: 329: 32a: 32b: 32c: 32d: 32e: 32f: 330: 331: 332: 333:
    334: 335: 336: 337: 338: 339: 33a: 33b: 33c: 33d: 33e: 33f: 340: 341: 342: 343: 344: 345: 346: 347: 348:
    349: 34a: 34b: 34c: 34d: 34e: 34f: 350: 351: 352: 353: 354: 355: 356: 357: 358: 359: 35a: 35b: 35c: 35d:
    35e: 35f: 360: 361: 362: 363: 364: 365: 366: 367: 368: 369: 36a: 36b: 36c: 36d: 36e: 36f: 370:cdb1
    372:cdb3 376:cdb7 37a:20 37f:cfb3 384:20 385:20 386:ceb1 388:ceb5 389:ceb7 38a:ceb9 38c:cebf 38e:cf85
    38f:cf89 390:ceb9 391:ceb1 392:ceb2 393:ceb3 394:ceb4 395:ceb5 396:ceb6 397:ceb7 398:ceb8 399:ceb9
    39a:ceba 39b:cebb 39c:cebc 39d:cebd 39e:cebe 39f:cebf 3a0:cf80 3a1:cf81 3a3:cf83 3a4:cf84 3a5:cf85
    3a6:cf86 3a7:cf87 3a8:cf88 3a9:cf89 3aa:ceb9 3ab:cf85 3ac:ceb1 3ad:ceb5 3ae:ceb7 3af:ceb9 3b0:cf85
    3ca:ceb9 3cb:cf85 3cc:cebf 3cd:cf85 3ce:cf89 3cf:cf97 3d0:ceb2 3d1:ceb8 3d2:cf85 3d3:cf85 3d4:cf85
    3d5:cf86 3d6:cf80 3d8:cf99 3da:cf9b 3dc:cf9d 3de:cf9f 3e0:cfa1 3e2:cfa3 3e4:cfa5 3e6:cfa7 3e8:cfa9
    3ea:cfab 3ec:cfad 3ee:cfaf 3f0:ceba 3f1:cf81 3f2:cf82 3f4:ceb8 3f5:ceb5 3f7:cfb8 3f9:cf83 3fa:cfbb
    3fd:cdbb 3fe:cdbc 3ff:cdbd 400:d0b5 401:d0b5 402:d192 403:d0b3 404:d194 405:d195 406:d196 407:d196
    408:d198 409:d199 40a:d19a 40b:d19b 40c:d0ba 40d:d0b8 40e:d183 40f:d19f 410:d0b0 411:d0b1 412:d0b2
    413:d0b3 414:d0b4 415:d0b5 416:d0b6 417:d0b7 418:d0b8 419:d0b8 41a:d0ba 41b:d0bb 41c:d0bc 41d:d0bd
    41e:d0be 41f:d0bf 420:d180 421:d181 422:d182 423:d183 424:d184 425:d185 426:d186 427:d187 428:d188
    429:d189 42a:d18a 42b:d18b 42c:d18c 42d:d18d 42e:d18e 42f:d18f 439:d0b8 450:d0b5 451:d0b5 453:d0b3
    457:d196 45c:d0ba 45d:d0b8 45e:d183 460:d1a1 462:d1a3 464:d1a5 466:d1a7 468:d1a9 46a:d1ab 46c:d1ad
    46e:d1af 470:d1b1 472:d1b3 474:d1b5 476:d1b5 477:d1b5 478:d1b9 47a:d1bb 47c:d1bd 47e:d1bf 480:d281 483:
    484: 485: 486: 487: 48a:d28b 48c:d28d 48e:d28f 490:d291 492:d293 494:d295 496:d297 498:d299 49a:d29b
    49c:d29d 49e:d29f 4a0:d2a1 4a2:d2a3 4a4:d2a5 4a6:d2a7 4a8:d2a9 4aa:d2ab 4ac:d2ad 4ae:d2af 4b0:d2b1
    4b2:d2b3 4b4:d2b5 4b6:d2b7 4b8:d2b9 4ba:d2bb 4bc:d2bd 4be:d2bf 4c0:d38f 4c1:d0b6 4c2:d0b6 4c3:d384
    4c5:d386 4c7:d388 4c9:d38a 4cb:d38c 4cd:d38e 4d0:d0b0 4d1:d0b0 4d2:d0b0 4d3:d0b0 4d4:d395 4d6:d0b5
    4d7:d0b5 4d8:d399 4da:d399 4db:d399 4dc:d0b6 4dd:d0b6 4de:d0b7 4df:d0b7 4e0:d3a1 4e2:d0b8 4e3:d0b8
    4e4:d0b8 4e5:d0b8 4e6:d0be 4e7:d0be 4e8:d3a9 4ea:d3a9 4eb:d3a9 4ec:d18d 4ed:d18d 4ee:d183 4ef:d183
    4f0:d183 4f1:d183 4f2:d183 4f3:d183 4f4:d187 4f5:d187 4f6:d3b7 4f8:d18b 4f9:d18b 4fa:d3bb 4fc:d3bd
    4fe:d3bf 500:d481 502:d483 504:d485 506:d487 508:d489 50a:d48b 50c:d48d 50e:d48f 510:d491 512:d493
    514:d495 516:d497 518:d499 51a:d49b 51c:d49d 51e:d49f 520:d4a1 522:d4a3 524:d4a5 526:d4a7 528:d4a9
    52a:d4ab 52c:d4ad 52e:d4af 1e00:61 1e01:61 1e02:62 1e03:62 1e04:62 1e05:62 1e06:62 1e07:62 1e08:63
    1e09:63 1e0a:64 1e0b:64 1e0c:64 1e0d:64 1e0e:64 1e0f:64 1e10:64 1e11:64 1e12:64 1e13:64 1e14:65 1e15:65
    1e16:65 1e17:65 1e18:65 1e19:65 1e1a:65 1e1b:65 1e1c:65 1e1d:65 1e1e:66 1e1f:66 1e20:67 1e21:67 1e22:68
    1e23:68 1e24:68 1e25:68 1e26:68 1e27:68 1e28:68 1e29:68 1e2a:68 1e2b:68 1e2c:69 1e2d:69 1e2e:69 1e2f:69
    1e30:6b 1e31:6b 1e32:6b 1e33:6b 1e34:6b 1e35:6b 1e36:6c 1e37:6c 1e38:6c 1e39:6c 1e3a:6c 1e3b:6c 1e3c:6c
    1e3d:6c 1e3e:6d 1e3f:6d 1e40:6d 1e41:6d 1e42:6d 1e43:6d 1e44:6e 1e45:6e 1e46:6e 1e47:6e 1e48:6e 1e49:6e
    1e4a:6e 1e4b:6e 1e4c:6f 1e4d:6f 1e4e:6f 1e4f:6f 1e50:6f 1e51:6f 1e52:6f 1e53:6f 1e54:70 1e55:70 1e56:70
    1e57:70 1e58:72 1e59:72 1e5a:72 1e5b:72 1e5c:72 1e5d:72 1e5e:72 1e5f:72 1e60:73 1e61:73 1e62:73 1e63:73
    1e64:73 1e65:73 1e66:73 1e67:73 1e68:73 1e69:73 1e6a:74 1e6b:74 1e6c:74 1e6d:74 1e6e:74 1e6f:74 1e70:74
    1e71:74 1e72:75 1e73:75 1e74:75 1e75:75 1e76:75 1e77:75 1e78:75 1e79:75 1e7a:75 1e7b:75 1e7c:76 1e7d:76
    1e7e:76 1e7f:76 1e80:77 1e81:77 1e82:77 1e83:77 1e84:77 1e85:77 1e86:77 1e87:77 1e88:77 1e89:77 1e8a:78
    1e8b:78 1e8c:78 1e8d:78 1e8e:79 1e8f:79 1e90:7a 1e91:7a 1e92:7a 1e93:7a 1e94:7a 1e95:7a 1e96:68 1e97:74
    1e98:77 1e99:79 1e9a:61cabe 1e9b:73 1e9e:c39f 1ea0:61 1ea1:61 1ea2:61 1ea3:61 1ea4:61 1ea5:61 1ea6:61
    1ea7:61 1ea8:61 1ea9:61 1eaa:61 1eab:61 1eac:61 1ead:61 1eae:61 1eaf:61 1eb0:61 1eb1:61 1eb2:61 1eb3:61
    1eb4:61 1eb5:61 1eb6:61 1eb7:61 1eb8:65 1eb9:65 1eba:65 1ebb:65 1ebc:65 1ebd:65 1ebe:65 1ebf:65 1ec0:65
    1ec1:65 1ec2:65 1ec3:65 1ec4:65 1ec5:65 1ec6:65 1ec7:65 1ec8:69 1ec9:69 1eca:69 1ecb:69 1ecc:6f 1ecd:6f
    1ece:6f 1ecf:6f 1ed0:6f 1ed1:6f 1ed2:6f 1ed3:6f 1ed4:6f 1ed5:6f 1ed6:6f 1ed7:6f 1ed8:6f 1ed9:6f 1eda:6f
    1edb:6f 1edc:6f 1edd:6f 1ede:6f 1edf:6f 1ee0:6f 1ee1:6f 1ee2:6f 1ee3:6f 1ee4:75 1ee5:75 1ee6:75 1ee7:75
    1ee8:75 1ee9:75 1eea:75 1eeb:75 1eec:75 1eed:75 1eee:75 1eef:75 1ef0:75 1ef1:75 1ef2:79 1ef3:79 1ef4:79
    1ef5:79 1ef6:79 1ef7:79 1ef8:79 1ef9:79 1efa:e1bbbb 1efc:e1bbbd 1efe:e1bbbf 2000:20 2001:20 2002:20
    2003:20 2004:20 2005:20 2006:20 2007:20 2008:20 2009:20 200a:20 200b: 200c: 200d: 200e: 200f: 2010:2d
    2011:2d 2012:2d 2013:2d 2014:2d 2015:2d 2017:20 2018:27 2019:27 2024:2e 2025:2e2e 2026:2e2e2e 202f:20
    2033:e280b2e280b2 2034:e280b2e280b2e280b2 2036:e280b5e280b5 2037:e280b5e280b5e280b5 203c:2121 203e:20
    2047:3f3f 2048:3f21 2049:213f 2057:e280b2e280b2e280b2e280b2 205f:20 2060: ff01:21 ff02:22 ff03:23
    ff04:24 ff05:25 ff06:26 ff07:27 ff08:28 ff09:29 ff0a:2a ff0b:2b ff0c:2c ff0d:2d ff0e:2e ff0f:2f ff10:30
    ff11:31 ff12:32 ff13:33 ff14:34 ff15:35 ff16:36 ff17:37 ff18:38 ff19:39 ff1a:3a ff1b:3b ff1c:3c ff1d:3d
    ff1e:3e ff1f:3f ff20:40 ff21:61 ff22:62 ff23:63 ff24:64 ff25:65 ff26:66 ff27:67 ff28:68 ff29:69 ff2a:6a
    ff2b:6b ff2c:6c ff2d:6d ff2e:6e ff2f:6f ff30:70 ff31:71 ff32:72 ff33:73 ff34:74 ff35:75 ff36:76 ff37:77
    ff38:78 ff39:79 ff3a:7a ff3b:5b ff3c:5c ff3d:5d ff3e:5e ff3f:5f ff40:60 ff41:61 ff42:62 ff43:63 ff44:64
    ff45:65 ff46:66 ff47:67 ff48:68 ff49:69 ff4a:6a ff4b:6b ff4c:6c ff4d:6d ff4e:6e ff4f:6f ff50:70 ff51:71
    ff52:72 ff53:73 ff54:74 ff55:75 ff56:76 ff57:77 ff58:78 ff59:79 ff5a:7a ff5b:7b ff5c:7c ff5d:7d ff5e:7e
    """
}
