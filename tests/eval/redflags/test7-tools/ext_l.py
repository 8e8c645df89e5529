# batch l: NIH intramural research news (no red flags expected)
add(id="t7-nih-irp-stem-cells-smell-brain", group="no-red-flag", url="https://irp.nih.gov/news-and-events/in-the-news/scientists-sniff-out-unexpected-role-for-stem-cells-in-the-brain", source="NIH Intramural Research Program, In the News", licence=PD,
    title="Scientists sniff out unexpected role for stem cells in the brain", audience="consumer", genre="news or research report", topic="mouse study of new neurons in the olfactory system", topic_kind="other",
    W=False, reason="@news", evidence=[], urgency="none", notes="",
    text="""Scientists sniff out unexpected role for stem cells in the brain
NIH scientists find that restocking new cells in the brain’s center for smell maintains crucial circuitry
For decades, scientists thought that neurons in the brain were born only during the early development period and could not be replenished. More recently, however, they discovered cells with the ability to divide and turn into new neurons in specific brain regions. The function of these neuroprogenitor cells remains an intense area of research. Scientists at the National Institutes of Health (NIH) report that newly formed brain cells in the mouse olfactory system — the area that processes smells — play a critical role in maintaining proper connections.
This page was last updated on Friday, January 21, 2022""")
