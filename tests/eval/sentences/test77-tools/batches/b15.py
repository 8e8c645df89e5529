from lib import P, I
# b15: vasaka (personal blog), hepatitis B (Ayurveda doctor's blog) (queries 57-58).
P("https://fitenesshub.blogspot.com/2018/08/asusa-vsdsks.html", 'B', 'personal health blog post on vasaka (adusa)')
I("the chief use of vasaka is as an expectorant ; it isa given in the from og juice , syrup or decoction, it softens the thick sputum, facilitates its coming out and thus bring about quick relief in bronchial glands .", '', '', 'source artefacts kept; relief claim, no cure wording')
I("larger doses can, however, cause irritation and vomitting.", '', '', '')
I("recent experiments have confirmed the usefulness of vasaka.", 'S', '', '"experiments have confirmed" with no source')
P("https://blog.drvikram.com/tag/hepatitis-b-treatment-management", 'H', "Ayurveda doctor's blog tag page: hepatitis B Ayurvedic treatment")
I("Defeating Hepatitis B, Ayurvedic Treatment and Herbal Remedies", '', 'post title', 'hard call: "Defeating" is not cure wording and the post says there is no cure; kept negative')
I("A vaccine for Hepatitis B can prevent this disease but there is no cure for the disease.", '', 'abstract', 'negation')
I("Sometimes people can recover on their own but in chronic conditions, it may be lifelong as there is no cure for the disease but regular testing and treatment can help to prevent this.", '', '', 'negation; clinical statement')
