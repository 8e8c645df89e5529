add(id="t3-va-augusta-suicide-prevention-release", url="https://www.va.gov/augusta-health-care/news-releases/gun-storage-new-veterans-crisis-line-focus-of-suicide-prevention-month-at-va-augusta/", source="VA Augusta Health Care System (press release)", licence=PD,
    title="Gun storage, new Veterans Crisis Line focus of Suicide Prevention Month at VA Augusta", audience="consumer", genre="news or research report", topic="veteran suicide prevention (crisis line, safe gun storage)", topic_kind="prevention",
    W=True, reason="press release addressed to veterans about suicide prevention; crisis action is its purpose",
    evidence=["Using the new Veterans Crisis Line, Veterans having thoughts of suicide can dial 988, then press 1, to connect with free, confidential, 24/7 support."], urgency="emergency",
    notes="hard call (weak present): 'having thoughts of suicide' is a state tied to a crisis line, stronger than a bare crisis-line listing (test2 VCL page) but no 911/immediate-danger signs; warranted because the release addresses readers who may be at risk",
    text="""PRESS RELEASE

September 7, 2022

Augusta , GA — New 3-digit Veterans Crisis Line (dial 988 and press 1) offers Veterans a short, easy-to-remember way to get 24/7 support About 7 out of 10 Veteran deaths by suicide result from firearm injuries

AUGUSTA, Ga. –This September, throughout Suicide Prevention Month, VA Augusta Health Care System is highlighting gun storage and the new, 3-digit Veterans Crisis Line as resources available to Veterans who are struggling with thoughts of suicide.

“This Suicide Prevention Month, we’re focusing on two things,” said Dr. Robin Jackson, Executive Director for VA Augusta Health Care System. “First, making it simple to ask for help by spreading the word about the new, user-friendly Veterans Crisis Line, and second, encouraging Veterans to practice smart gun storage, to put “space between thought and trigger.” Those two things can really make a difference in saving the lives of Veterans, so we’re asking all our community and media partners to help us in spreading the word.”

Using the new Veterans Crisis Line, Veterans having thoughts of suicide can dial 988, then press 1, to connect with free, confidential, 24/7 support. Easy to use and remember, the new crisis line could be critical to saving the life of a Veteran who is in emotional crisis. Veterans can also continue to use the historic Veterans Crisis Line (800-273-8255, Press 1), text 838255, or use the chat feature to get support.

In addition, increasing the time and distance between someone who might want to harm themselves and access to lethal means can reduce suicide risk. Lethal means are objects like guns, medications, alcohol, opioids or other substances, ropes, cords, or sharp objects that can be used during a suicidal crisis. If a Veteran is in crisis or having suicidal thoughts, these items can become deadly when they are easily accessible. VA Augusta offers tips, resources, and free gun locks to help prevent Veteran suicide by lethal means.

Medi""")
add(id="t3-healthgov-schizophrenia-resource", url="https://health.gov/healthypeople/tools-action/browse-evidence-based-resources/schizophrenia-overview", source="Healthy People 2030 (HHS ODPHP), evidence-based resource summary", licence=PD,
    title="Schizophrenia: Overview", audience="consumer", genre="other", topic="schizophrenia (resource summary)", topic_kind="condition",
    W=False, reason="catalogue entry summarising another page; no reader advice of its own", evidence=[], urgency="emergency",
    notes="listing/teaser trap", text="""Schizophrenia: Overview

About this resource:

HHS Non-systematic Review

Source: National Institute of Mental Health

Last Reviewed: May 2020

This webpage describes the common onset of schizophrenia and its psychotic, negative, and cognitive symptoms. It provides risk factors for the condition: genetic, environmental, and brain structure and function. The page includes descriptions of different treatment and therapy options, like:

  • Medications
  • Psychosocial treatments, like cognitive behavioral therapy and supported employment
  • Programs for family education and support
  • Coordinated specialty care
  • Assertive Community Treatment

This page also includes information on how to support someone with schizophrenia, join a research study, and find other resources.

Read more about this resource

Objectives related to this resource (1)

Suggested Citation


National Institute of Mental Health. (n.d.). Schizophrenia. Retrieved from""")
add(id="t3-nimh-facebook-live-schizophrenia", url="https://www.nimh.nih.gov/news/events/2023/facebook-live-understanding-schizophrenia", source="National Institute of Mental Health (event page)", licence=PD,
    title="Facebook Live: Understanding Schizophrenia", audience="consumer", genre="other", topic="schizophrenia (event announcement)", topic_kind="condition",
    W=False, reason="event announcement; no advice of its own", evidence=[], urgency="emergency",
    notes="'seek help as early as possible' is general encouragement with no sign or place (tie-break 1)",
    text="""Skip to main content

Transforming the understanding
and treatment of mental illnesses.

Celebrating 75 Years! Learn More >>

Facebook Live: Understanding Schizophrenia


May 4, 2023




In recognition of National Mental Health Awareness Month, the National Institute of Mental Health (NIMH) hosted a Facebook Live event on schizophrenia.

Schizophrenia is a serious mental illness that affects how a person thinks, feels, and behaves. It’s important to know how to recognize the symptoms of schizophrenia and seek help as early as possible. Effective treatment can help people with schizophrenia engage in school or work, maintain meaningful personal relationships, and enjoy independent, fulfilling lives.

During the event, NIMH experts Robert Heinssen, Ph.D., ABPP, senior advisor for learning health care research and practice, and Sarah E. Morris, Ph.D., chief of the Adult Psychopathology and Psychosocial Interventions Research Branch, led a discussion on the signs and symptoms of schizophrenia, risk factors, treatments, as well as the latest NIMH-supported research on schizophrenia.


Read the transcript.""")
add(id="t3-wix-forum-what-is-schizophrenia", url="https://robertbooker637.wixsite.com/bookerro1wixsitecomm/forum/questions-answers/what-is-schizophrenia-1", source="personal Wix site forum post reproducing NIMH text", licence="public domain (NIMH text, US government work), reposted in a user forum",
    title="What is Schizophrenia?", audience="consumer", genre="other", topic="schizophrenia overview (forum post)", topic_kind="condition",
    W=False, reason="forum post copying a short NIMH overview; comparable first-set overviews of psychotic disorders were not labelled warranted",
    evidence=[], urgency="emergency",
    notes="hard call: crisis/suicide information could be expected (the post ends with 'Some mental disorders increase suicide risk' as a link title, no action); compare test2 mplus-0000796 (psychosis, not warranted, hard call). Forum genre: Q&A board post",
    text="""What is Schizophrenia?
Schizophrenia is a chronic, severe, and disabling brain disorder that affects about 1.1 percent of the U.S. population age 18 and older in a given year. People with schizophrenia sometimes hear voices others don’t hear, believe that others are broadcasting their thoughts to the world, or become convinced that others are plotting to harm them. These experiences can make them fearful and withdrawn and cause difficulties when they try to have relationships with others. More about Schizophrenia »
Signs & Symptoms
Symptoms usually develop in men in their late teens or early twenties and women in the twenties and thirties, but in rare cases, can appear in childhood. They can include hallucinations, delusions, disordered thinking, movement disorders, flat affect, social withdrawal, and cognitive deficits. More about Signs & Symptoms »
Treatment
This is a time of hope for people with schizophrenia. Although the causes of the disease have not yet been determined, current treatments can eliminate many of the symptoms and allow people with schizophrenia to live independent and fulfilling lives in the community. More about Treatment »
Learn more about the Clinical Antipsychotic Trials of Intervention Effectiveness (CATIE), a clinical trial that studied treatment choices for schizophrenia.
Getting Help: Locate Services
Locate mental health services in your area, affordable healthcare, NIMH clinical trials, and listings of professionals and organizations. More about locating services. More about Locating Services »
Related Information
Schizophrenia Information and Organizations from NLM’s MedlinePlus (en Español)
Some mental disorders increase suicide risk""")
