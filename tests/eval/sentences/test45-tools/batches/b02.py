from lib import P, S
# batch 2: EMF pendants, Rife machines, neurofeedback for ADHD (queries 5-7)

P("https://www.thestudentpocketguide.com/2023/12/fashion/wardrobe/electromagnetic-field-pendants/", 'G', "student lifestyle site: electromagnetic field pendants")
S("EMF pendants are not only stylish but also serve a significant purpose: to protect the wearer from the potentially harmful effects of electromagnetic fields.", '', '', 'hard call: protection promise, not a cure or safety claim under the narrow definition')
S("This is a source of non-ionising radiation, which is generally considered less harmful than ionising radiation but can still have potential health impacts with prolonged or intense exposure.", '', '', 'hedged')

P("https://sedonajournal.com/january-2018/why-we-need-emf-protection", 'A', "New Age magazine: why we need EMF protection")
S("Some scientists have estimated that we are now exposed to electromagnetic radiation 200 million times more intense than experienced by our ancestors.", 'S', '', 'figure attributed to unnamed "some scientists"')
S("All of us (every person, plant, and animal) are now living under a blanket of manufactured electromagnetic smog, or electro-pollution, that is damaging our life forces and creating tremendous dis-ease in our bodies.", '', '', 'scare claim, no cure or safety wording')

P("https://www.1035espn.com/2018/05/16/iema-issues-warning-regarding-homeopathic-pendants/", 'N', "radio station news: state agency warns about quantum and scalar energy pendants")
S("Their makers claim they improve health and emotional well-being.", '', '', 'reported claim')
S("They use ion technology but contain trace amounts of radioactive material.", '', '')
S("If you decide to just get rid of your pendant, Thompson says it’s safe to go ahead and throw it away in the regular garbage.", '', '', 'hard call: "safe" is about disposal, reported from an agency spokesperson')

P("http://wwddtydty.com/2015/04/rife-with-confusion/", 'B', "sceptic blog debunking a magazine story on Rife machines")
S("The latest form of abject quackery to be given a boost by them is the Rife machine,  a quack device from the Golden Age of Science Fiction which makes sense only in the context of the time.", '', '', 'debunking')
S("Jimmie Holman and his company Pulsed Technologies in Dallas, Texas, produce an electronic frequency generator that creates electronic signals that he claims can be precisely tuned to the specific cellular frequencies of any given bacteria, viruses and other pathogens to disrupt their ability to cause disease.", '', 'quoted from the magazine article being debunked', 'reported claim ("he claims")')
S("Royal Rife was not a doctor or a scientist.", '', '', 'debunking')

P("https://vdocuments.net/healing-with-electromedicine-and-sound-therapies-665-a-ppendix-c-healing-with.html", 'G', "document-sharing copy of a Rife frequency therapy handbook chapter")
S("Colloquialism aside, saying that someone is “high frequency” is based on legitimate science.", '', '', 'no cure or safety wording')
S("With conventional medical care, the chemical, functional, and/or structural change in organs, glands, and other tissues are created either through biochemical manipulation (drugs) or physical manipulation (such as sur-gery).", '', '', 'source hyphenation kept')

P("https://mail.newideas.net/treatment/rethinking-adhd-treatment-direct-neurofeedback/", 'H', "ADHD clinician's site: the case for neurofeedback")
S("The answer, backed by forty years of research and my own clinical experience, is yes.", 'S', 'heading: Does it actually work?', 'hard call: "backed by forty years of research", no citation')
S("Research consistently shows that people with ADHD tend to produce excess theta waves (the slow, dreamy brainwaves associated with drowsiness and mind-wandering) and insufficient beta waves (the faster frequencies associated with focused, engaged attention) in key regions of the prefrontal cortex.", 'S', '', '"research consistently shows", no citation')
S("This is why it produces different results than other approaches, and why the effects tend to persist after treatment ends.", '', '', 'hedged ("tend to"), no cure wording')
