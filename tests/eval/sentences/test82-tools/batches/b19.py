# sent82 batch 19: query 78 (unwanted facial hair / hirsutism remedies)
from lib import P, S
P("https://blog.livewell.pk/2016/02/15/unwanted-facial-hair/", g="B", page="health and wellness blog: home remedies for unwanted facial hair")
S("One cup a day of spearmint tea should be enough to treat your problem of unwanted hair.", "O", note="hard call: remedy amount and frequency for hirsutism, no professional caveat")
S("This is a very effective way to remove unwanted facial hair permanently.", "C", note="hard call: permanent removal of hirsutism hair promised for a papaya paste")
S("Desirable results can be obtained by using this paste for a month and you might end up getting rid of unwanted facial hair forever.", "", note="hedged ('might')")
P("https://curedbynature.net/home-remedies-for-facial-hair-hirsutism/119324", g="A", page="natural-cures site: home remedies for hirsutism")
S("Unwanted facial hair is a cause of concern of about 60% of the women.", "S")
S("It can be a sign of serious underlying medical condition that requires medical attention.", "")
