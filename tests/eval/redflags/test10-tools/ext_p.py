# batch p: Simple English Wikipedia 'Seizure' (2007 mirror)
add(id="t10-simplewiki-2007-seizure-mirror", group="no-red-flag", url="http://wikipedia2007.classicistranieri.com/simple/s/e/i/Seizure.html", source="Simple English Wikipedia article 'Seizure' (2007 revision), on a static mirror", licence=CCBYSA + "; Simple English Wikipedia 2007 text on a mirror",
    title="Seizure", audience="consumer", genre="other", topic="seizures (types)", topic_kind="condition",
    W=False, reason="encyclopedia article on a condition (reference, not guidance); by the TEST9 convention red flags are not expected", urgency="emergency", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in the seizure-type list at 'most common in children under'",
    evidence=[],
    notes="hard call: encyclopedia article listing seizure types (tonic-clonic 'can last up to 20 minutes', no first-aid or 999 advice); not warranted by convention; urgency set by topic (first seizure / seizure over 5 minutes -> 999)",
    text="""Seizure
From Simple English Wikipedia, the free encyclopedia
- Seizure can also refer to the act of taking hold of property, for this meaning see Seizure (law)
A seizure is when the nerves of somebody act strangely. Nerves transmit information. They do this by electrical impulses and by some chemical substances called transmitters.
There are many different types of seizures. They are named by how much of the brain they affect and what happens to the person when they are having that type of seizure. Some of these are:
- Partial - when only a small part of the brain is involved in the seizure. These seizures can be more specifically called:
- simple partial - when the person stays awake the whole time the seizure is happening and may twitch, feel dizzy, or smell and taste things that aren't there.
- complex partial - when the person "zones out" during the seizure and may start walking around, experience deja vu, laugh, feel afraid, see things that aren't there, or smell something bad.
- Generalized - when a larger part of the brain, often parts of both hemispheres or sides, is involved in the seizure. These seizures can be more specifically called:
- tonic-clonic - when the person faints, falls down, and starts having involuntary jerking motions. They may bite their tongue, scream, drool, or urinate. This kind of seizure often follows an aura, or strange feeling the person has. Tonic-clonic seizures can last up to 20 minutes.
- absence - when a person faints, but doesn't have the jerking motions associated with a tonic-clonic seizure. Other people may not know that the person is having a seizure at all. The person may simply freeze in place and pick up where they left off when the seizure is over. The person having the seizure usually does not remember it afterward. This kind of seizure only lasts up to 10 seconds.
- myoclonic - when a person suddenly experiences a jerking motion, usually on both sides of the body. This kind of seizure is most common in children under""")
