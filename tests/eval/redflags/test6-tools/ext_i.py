# batch i: measles in New Zealand (Te Whatu Ora release); a Counties Manukau item was dropped: taken by sent6 meanwhile
add(id="t6-tewhatuora-measles-contacts-urged-call-healthline", group="urgent", url="https://www.tewhatuora.govt.nz/corporate-information/news-and-updates/older-news-items/potential-measles-contacts-urged-to-call-healthline/", source="Te Whatu Ora – Health New Zealand, news (older news items)", licence=CCBYNZ,
    title="Potential measles contacts urged to call Healthline", audience="consumer", genre="news or research report", topic="measles exposure on festival buses: contacts urged to call Healthline", topic_kind="condition",
    W=True, reason="outbreak release whose purpose is that exposed people act and recognise symptoms", evidence=["Anyone who was on a chartered bus travelling to or from Tauranga and the ‘That Weekend’ festival on Sunday 5 February, who is not immune to measles and has not been contacted by Public Health, is urged to call Healthline (0800 611 116) immediately and to remain at home until they have been contacted."], urgency="same-day",
    notes="exposure event tied to an action; symptoms listed later without their own action (contacts told to 'stay alert')",
    text="""Anyone who was on a chartered bus travelling to or from Tauranga and the ‘That Weekend’ festival on Sunday 5 February, who is not immune to measles and has not been contacted by Public Health, is urged to call Healthline (0800 611 116) immediately and to remain at home until they have been contacted.

The buses travelled between Willow St, Tauranga and the Okoroire Hot Springs Hotel. While known purchasers of bus tickets have been contacted, the festival date was changed and many registered ticket purchasers did not attend. Public Health wishes to ensure that anyone who travelled on the buses that was not a ticket purchaser calls Healthline if they have not already. 

Measles is highly infectious and spreads easily to anyone who is not immune. Symptoms usually develop seven to 14 days after exposure. As it has now been 10 days since bus passengers had contact with the measles case, they may be developing symptoms – such as fever, cough, runny nose, sore and watery ‘pink’ eyes, followed by a blotchy rash.

Exposure locations (Measles exposure events | Ministry of Health NZ) – some assessed as low risk – have been identified and three public health service regions around Aotearoa are involved in contact tracing.

Public health is making very good progress tracing all contacts of the case to check immunity, and to determine if quarantine or vaccination is appropriate.

Measles can spread easily among people who are not immune. It is a serious illness, hence a positive case in New Zealand is cause for significant concern. In 2019 we had over 2000 cases and over 700 hospitalisations,” said Te Whatu Ora spokesperson Dr Nick Chamberlain, Director, National Public Health Service.

“Public health is tracing all contacts of the case to check immunity, and to determine whether quarantine or vaccination is appropriate. Anyone who has been present at an exposure event should stay alert to symptoms and check if they are immune. They should follow the advice on """)
