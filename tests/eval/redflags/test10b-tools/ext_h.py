# batch h: NIH World Asthma Day statement 2016 (NIAID)
add(id="t10b-niaid-nih-statement-world-asthma-day-2016", group="no-red-flag", url="https://www.niaid.nih.gov/news-events/nih-statement-world-asthma-day-2016", source="National Institute of Allergy and Infectious Diseases (NIH), news statement, 3 May 2016", licence=PD,
    title="NIH Statement on World Asthma Day 2016", audience="consumer", genre="news or research report", topic="NIH asthma research programmes (World Asthma Day statement)", topic_kind="other",
    W=False, reason="@policy", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut mid-sentence at 'the second part of the Asthma ' (the rest of the statement was not returned)",
    evidence=[],
    notes="research-policy statement; describes asthma symptoms and ED visits as background only; no advice to readers; not warranted",
    text="""NIH Statement on World Asthma Day 2016

May 3, 2016

On World Asthma Day 2016, the National Institutes of Health reaffirms its commitment to support research to improve the lives of all people with asthma. NIH-funded research has advanced our understanding of asthma as a disease as well as the impact asthma has on the lives of those affected.  We have made great strides in learning how to treat and prevent asthma, and we are committed to ensuring that scientific discoveries move quickly into clinical practice to provide the best possible care for all people with asthma.

Asthma is a chronic disease that intermittently inflames and narrows the airways. People with asthma may experience wheezing, breathlessness, chest tightness and coughing when the airways narrow. Roughly 300 million people worldwide live with this condition, including approximately 24 million in the United States. In the United States, asthma is a major contributing factor to missed time from school and work, and is also a major cause of hospitalization and emergency department visits.

Three NIH institutes lead studies of asthma: the National Heart, Lung, and Blood Institute (NHLBI); the National Institute of Environmental Health Sciences (NIEHS); and the National Institute of Allergy and Infectious Diseases (NIAID). Together, these institutes support research to understand the causes of asthma and develop ways to better manage this condition as well as on the increasingly important area of implementation, which translates scientific discoveries into clinical practice.

NHLBI-supported research on the development and testing of new asthma treatments and management strategies has shaped current practice recommendations, but these interventions are implemented inconsistently in children who are at high risk for poor asthma outcomes. To address the need to use proven interventions to help all children who are at high risk for poor asthma outcomes, NHLBI will soon launch the second part of the Asthma """)
