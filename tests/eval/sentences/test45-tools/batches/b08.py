from lib import P, S
# batch 8: newborn vitamin K shot, knee cartilage (queries 33-36)

P("https://pollyheilmealey.com/2014/08/08/do-newborns-need-vitamin-k-shots/", 'B', "personal blog of a 'Dr. Polly': do newborns need vitamin K shots")
S("Why would a newborn be born deficient in Vitamin K? I mean, really, did God forget something?", '', '', 'question')
S("It explains why a baby doesn’t have vitamin K at birth, and also explains that Vitamin K is in ample supply by the time the baby is eight days old.", 'D', 'title: Do newborns need Vitamin K shots?', 'hard call: in a post answering whether newborns need the shot, steers parents away from the standard newborn vitamin K injection')
S("I hear from the medical professionals that they are concerned that the newborns are being deprived of special vitamin shots because of misinformation due to social media.", '', '', 'reported concern')

P("http://www.wnyc.org/story/doctors-alarmed-that-some-parents-are-refusing-vitamin-k-shots-for-newborns/", 'N', "public radio news: doctors alarmed that some parents refuse vitamin K shots")
S("Vitamin K shots for newborn babies are standard medical care.", '', '')
S("But a few new parents are declining the shots for their babies, which is deeply troubling to doctors.", '', '', 'reported behaviour')

P("https://blog.sghshospitals.com/?p=6933", 'H', "hospital blog: can knee cartilage build naturally")
S("The good news is that some natural remedies, lifestyle modifications, a good diet, regenerative therapies, and timely medical intervention can help you naturally regrow cartilage.", '', '', 'hedged ("can help")')
S("Have any of these symptoms? Consulting a knee pain specialist in Mohali can help detect the magnitude of cartilage damage and create an appropriate treatment plan.", '', '', 'hard call: advertisement for the hospital\'s own specialists, not counted as a consult prompt')
S("Unlike most tissues in the human body, cartilage does not have blood vessels.", '', 'heading: Can Cartilage Regenerate on Its Own?')
