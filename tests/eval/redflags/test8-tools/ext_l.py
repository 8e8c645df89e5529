# batch l: GP practice Strep A notices (complete), carbon monoxide (DH archive)
SFR8 = "GP practice notice about scarlet fever/Strep A to parents; readers need the signs that mean getting a child seen (and the signs of severe illness)"
add(id="t8-wallington-fp-strep-a-scarlet-fever", group="urgent", url="https://wallingtonfamilypractice.nhs.uk/practice_news/strep-a-and-scarlet-fever/", source="Wallington Family Practice (NHS GP practice), practice news", licence=OGL,
    title="Strep A and Scarlet Fever", audience="consumer", genre="patient information", topic="scarlet fever and Strep A", topic_kind="condition",
    W=True, reason=SFR8, urgency="prompt", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole news item (the link target is missing)",
    evidence=[], notes="hard call: complete notice; 'children with scarlet fever are seen' names the condition, not a sign a parent can check, and the action is deferred to a link ('If after reading the full information via the link you believe you need to be seen...'); complete-text omission",
    text="""Strep A and Scarlet Fever

There are currently higher than normal rates of Group A Strep and Scarlet Fever in the UK. Scarlet Fever, caused by the bacteria Group A Streptococcus, is usually a mild illness but is highly infectious. It is much more common in children than adults and it is important that children with scarlet fever are seen so that they can be started on antibiotics. This is to reduce the chance of their infection becoming more severe but also to stop them spreading the infection to others, especially those at higher risk of severe infection such as the elderly and those with weakened immune systems. Please see the link for full information

Strep A and Scarlet Fever (

If after reading the full information via the link you believe you need to be seen please contact the surgery for further advice.""")
add(id="t8-windermere-hc-scarlet-fever-when-to-seek-care", group="urgent", url="https://www.windermerehealthcentre.nhs.uk/scarlet-fever-and-group-a-strep-when-to-seek-care/", source="Windermere Health Centre (NHS GP practice), news", licence=OGL,
    title="Scarlet Fever and Group A Strep – When To Seek Care?", audience="consumer", genre="patient information", topic="scarlet fever and Group A Strep", topic_kind="condition",
    W=True, reason=SFR8, urgency="prompt", partial=False, retrieved="search tool excerpt (pages corpus) stored verbatim; the whole post (the embedded video is not text)",
    evidence=[], notes="complete post titled 'When To Seek Care?' whose answer is an embedded video; no signs or actions in the text; complete-text omission (title trap)",
    text="""Scarlet Fever and Group A Strep – When To Seek Care?

Hi everyone,

You may have seen news in the media regarding cases of Scarlet Fever and Group A Strep being unusually high for this time of year, particularly in children.

If you’re responsible for young children, please see the useful video below which clarifies the principles around when they may need to seek medical help, and when this is not necessary.

YouTube video


Take care,""")
add(id="t8-dh-winterwatch-think-carbon-monoxide", group="urgent", url="https://webarchive.nationalarchives.gov.uk/20120104112026/http:/winterwatch.dh.gov.uk/think-carbon-monoxide/", source="Department of Health Winter Watch blog, Chief Medical Officer message (UK Government Web Archive)", licence=OGL,
    title="Think carbon monoxide", audience="consumer", genre="screening-prevention", topic="carbon monoxide poisoning in winter", topic_kind="prevention",
    W=True, reason="direct public-health warning about carbon monoxide poisoning; readers need the symptoms and what to do", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole blog post",
    evidence=["So if you start to feel unwell: Think carbon monoxide – consult your GP or speak to NHS Direct by calling 0845 4647 as quickly as you can."],
    notes="hard call: the symptoms ('persistent headaches, sickness and tiredness') are named two paragraphs earlier and the action is tied to 'feel unwell' in that context; counted; no emergency advice (leave the room, 999) for severe exposure; complete",
    text="""Think carbon monoxide

By Chief Medical Officer, Dame Sally Davies

Carbon monoxide is a silent killer that leads to around 50 deaths each year. As winter approaches we can all prevent these avoidable tragedies by making sure that gas, solid fuel and oil burning appliances such as boilers, heaters and cookers are serviced by an appropriately registered engineer and by fitting an audible carbon monoxide alarm.

4,000 people go to A&E each year because of the poisoning from this dangerous invisible gas. The symptoms of carbon monoxide poisoning are very similar to those of flu and food poisoning including persistent headaches, sickness and tiredness.

As temperatures begin to drop and we turn up the heating, we should all be vigilant and make sure flues and chimneys are swept and checked for blockages and that rooms are well ventilated to allow appliances to work properly.

So if you start to feel unwell: Think carbon monoxide – consult your GP or speak to NHS Direct by calling 0845 4647 as quickly as you can.

More on carbon monoxide poisoning


In CMO message | Tagged

Comments are closed.""")
add(id="t8-dh-gp-bulletin-carbon-monoxide-alert-2011", group="no-red-flag", url="https://webarchive.nationalarchives.gov.uk/20130403044015/http:/gp.dh.gov.uk/2011/09/27/carbon-monoxide-poisoning-alert/", source="Department of Health GP bulletin blog (UK Government Web Archive)", licence=OGL,
    title="Carbon monoxide poisoning alert", audience="professional", genre="news or research report", topic="alert to GPs about diagnosing carbon monoxide poisoning", topic_kind="other",
    W=False, reason="professional news item about a diagnostic tool for GPs; not advice to readers with symptoms", urgency="emergency", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; the whole post with one reader comment",
    evidence=[], notes="hard call: titled 'alert' and about a killer condition, but addressed to GPs (a tool to help diagnosis), not to the public; trap: 'stay alert for patients with symptoms'",
    text="""Carbon monoxide poisoning alert

As winter approaches, GPs are reminded to stay alert for patients with symptoms of carbon monoxide (CO) exposure. A diagnostic tool has been developed to help GPs identify CO poisoning, which is notoriously difficult to diagnose. The condition – usually caused by faulty cooking and heating appliances and other combustion sources – kills around 50 people in England and Wales each year and new DH figures show that A&Es diagnose around 4,000 people with the condition each year.


In News | Tagged ,

One Response to Carbon monoxide poisoning alert

  1. Carbon Monoxide Detection says:

    This is a good scheme, but I also think that it would be a good idea for the government to introduce more carbon monoxide prevention and awareness campaigns too.


Leave a Reply

Leave a comment""")
