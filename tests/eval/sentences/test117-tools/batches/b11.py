from lib import P, S
# b11 (query 36): heat therapy (POLICY-46 s3 physical measures)
P("http://feelpainrelief.com/back-muscle-spasm-treatment-2/", 'G', "pain-relief content site: back muscle spasm treatment")
S("You need to apply heat for thirty minutes at a time, waiting another thirty minutes before applying the heating pad again.", '', "1. Heating Pad", "hard negative: heating pad timing, physical measure")
S("Like regular heating pads, they should be used for thirty minutes at a time, giving your muscles a chance to cool down between treatments.", '', "2. Far Infrared Ray Heating Pad", "hard negative: device timing, physical measure")
P("https://wellnessprofessionalsatwork.com/how-warmth-can-alleviate-lower-back-pain/", 'H', "workplace wellness practitioners' article: warmth for lower back pain")
S("For minor back tension, short amounts of heat therapy may be sufficient e.g. 15 – 20 minutes.", '', "", "hard negative: heat therapy duration, physical measure")
S("Don’t apply heat for longer than 20 minutes, unless your GP or physical therapist recommends it.", '', "Safety tips", "hard negative: limit for a physical measure; 'unless your GP ... recommends it' is an exception, not a prompt to consult")
S("hot water bottle – tends to stay warm for 20 to 30 minutes", '', "ways heat can be applied", "hard negative: a product property with a time, not an instruction")
