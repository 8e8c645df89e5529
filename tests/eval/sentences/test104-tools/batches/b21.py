from lib import P, S
P("https://spycycle.uk/brace-yourself/", 'N', 'cycling news site: copper-infused knee brace press release examined')
S("copper is able to generate a magnetic field that encourages the body to cure, regenerate tissues, and overall heal various illnesses", 'C', "seller's press-release claim quoted by the sceptical writer", 'hard call: healing claim quoted verbatim from the marketing')
S("While Tommie Copper didn’t admin the charges, Jessica Rich, a Director of the FTC, said “it’s tempting to believe that wearing certain clothing will eliminate severe pain, but Tommie Copper didn’t have science to back its claims.”", '', '', 'regulator quoted, debunking')
S("The company ended up reaching a $1.35 million settlement with the Federal Trade Commission (FTC) who had charged the company with making false claims that the products would relieve severe pain and inflammation.", '', '', 'reported claims')
P("https://www.mvhealthnews.com/features/fact-or-fiction/", 'N', 'local health newspaper: does copper-infused compression clothing assist in healing?')
S("These involve health benefits including reduced pain, improved mobility, and increased blood flow.", '', 'about the advertising claims for copper garments', 'reported claims')
S("Is it too good to be true?", '', '', 'question')
S("They can lessen pain and swelling in your legs, and they can also lower your chances of getting deep vein thrombosis, a kind of blood clot, and other circulation problems, WebMD claims.", '', '', 'attributed')
