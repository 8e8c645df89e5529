# sent80 batch 6 (queries 82-91): labelled from the stored excerpts only.
from lib import P, S

P("https://sawanonlinebookstore.com/14-treatment-for-disorders-of-muscles-and-joints", "S", "online bookstore publishing a remedy book's chapter: treatment for disorders of muscles and joints")
S("In our daily life, we suffer from sprain, backache and body aches.", "", "chapter introduction")
S("Chop raw onions and put in a towel. Place this over the sprain to relieve pain and bring down the swelling.", "", "section 'Muscular Cramps'", "topical use")
S("The poultice will enhance the blood circulation and in two days time the relief will be there.", "C", "", "hard call: promise of a result within two days")
S("Soak ½ teaspoon licorice root powder in 1 cup water and leave overnight. Mix into the infusion 1 cup rice gruel (cooked broken rice) and take every morning.", "O", "section 'Muscular Pain'", "hard call: herbal amount with timing for readers, no caveat in the section")
S("Soon the pain will vanish.", "C", "section 'Rib Pain', after 'Grind a turmeric piece and mix in a hot water to form a thick paste. Apply this paste over the ribs aching.'", "hard call: flat promise that the pain will go")
S("This paste will quickly give relief.", "", "", "relief without cure wording")
S("Also drink 1 cup warm water mixed with lime juice and honey.", "", "section 'Ankle Swelling and Pain'", "a drink with no frequency or timing: not counted")

P("https://sohealthyng.com/negro-pepper-uda-and-pregnancy-a-spice-to-avoid-if-you-are-ttc/amp", "G", "Nigerian health blog: negro pepper (uda) and pregnancy")
S("This soup cleanses her system of blood that may be left in her system and also helps fight infection.", "", "section 'Uda As A Cleansing Agent'", "cleansing claim, not a cure")
S("But different studies say there is anti-fertility property in uda.", "S", "", "hard call: 'different studies say' with no source in the paragraph")
S("Uda is able to flush a woman’s system after childbirth and that cleansing power also makes it anti-fertility spice.", "")
S("Also, pregnant woman should avoid adding uda to their soup during pregnancy.", "")
