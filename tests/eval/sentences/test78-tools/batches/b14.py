from lib import P, S
P("http://www.ivfclinicsindia.com/can-pregnant-women-consume-aloevera-200.html", "H", "IVF clinic directory article: can pregnant women consume aloe vera?")
S("The gel present inside the aloevera leaf helps in curing many disorders like diabetes, asthma and constipation.", "", "", "hard negative: 'helps in curing' is hedged")
S("But the American pregnancy association has stated that it is not safe to consume aloevera juice and aleovera gel during pregnancy.", "", "", "attributed safety warning")
S("Taking doctors recommended is highly advisable before taking aloevera.", "P", "", "garbled but affirmative: advises getting a doctor's recommendation first")
P("https://lindsayblogs.com/can-i-drink-green-tea-while-breastfeeding/", "B", "personal blog: drinking green tea while breastfeeding")
S("It is generally safe to drink green tea while breastfeeding, as long as you keep your intake to two to three cups a day.", "", "", "hedged ('generally') and conditional; a beverage limit, not a dose")
S("Check with Your Doctor: Always consult your doctor before introducing green tea into your diet while breastfeeding.", "P")
S("Remember that every mom is different, so always listen to your body and check in with your doctor when it comes to drinking green tea.", "P")
