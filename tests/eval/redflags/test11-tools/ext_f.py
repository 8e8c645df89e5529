# batch f: burns discharge leaflet (cut), NCI cancer genetics overview (professional, archived)
add(id="t11-nca-minor-burns-scalds-leaflet-1", group="urgent", url="https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/emergency-and-urgent-care-minor-burns-and-scalds-1", source="Northern Care Alliance NHS Foundation Trust, patient leaflet (Emergency and Urgent Care)", licence=OGL,
    title="Emergency and Urgent Care - Minor Burns and Scalds", audience="consumer", genre="patient information", topic="minor burns and scalds: discharge advice", topic_kind="condition",
    W=True, reason="@acute", urgency="same-day", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim; cut in 'Burns to the face' at 'You should apply it as advis' (before any what-to-look-out-for section)",
    evidence=[],
    notes="discharge leaflet with burn types and dressing care; the infection/return section of the sister leaflet is not inside this excerpt; warranted and missing (cut); urgency same-day (infected burn after discharge)",
    text="""Emergency and Urgent Care - Minor Burns and Scalds

This leaflet contains discharge advice following your attendance to the Accident & Emergency Department (A&E).

What is a burn?

A burn is a type of injury to skin, or other tissues, caused by heat, cold, electricity, chemicals, friction or radiation. Most burns are due to heat from hot liquids, solids, or fire.

What type of burn is it?

  • Superficial burn - These affect just the surface layer of the skin, causing redness and pain
  • Partial thickness burns - These are deeper burns, causing the skin to become blotchy and red or pale pink. These burns may become painful and develop blisters
  • Full thickness burns - These burns cause damage to all layers of the skin. This results in the skin becoming a brown or white leathery appearance. These burns require specialist treatment and you will likely be referred to a specialist burns unit

Burns to the body, arms or legs

Burns in these areas are treated with special dressings which are designed to stop infections getting into the body. You should:

  • Keep the dressing clean and dry
  • Take painkillers such as paracetamol and ibuprofen if necessary. Stronger painkillers such as codeine may be needed. You can ask about these while you are in the Emergency Department or at a pharmacy
  • Always take medication according to the manufacturers instructions
  • Keep the burnt area elevated as much as possible
  • Keep moving any joints near the burn to reduce stiffness

Burns to the hands and feet

The general advice for these burns is the same as for burns to the body, arms or legs (see above).

We may treat the burn by using a special antiseptic cream (Flamazine), then applying a non-adhesive dressing with bandage support.

Burns to the face

Burns to the face are usually left open.

You may have been given cream to apply to keep the skin moist while it heals. Petroleum jelly (such as Vaseline) can also be used for this. You should apply it as advis""")
add(id="t11-nci-pdq-cancer-genetics-overview-hp-2008", group="no-red-flag", url="https://webarchive.library.unt.edu/eot2008/20090114041254/http://www.cancer.gov/cancertopics/pdq/genetics/overview/healthprofessional/allpages/print", source="National Cancer Institute, PDQ Cancer Genetics Overview, health professional version (End of Term 2008 web archive, UNT)", licence=PD,
    title="Cancer Genetics Overview (PDQ®) Health Professional Version", audience="professional", genre="genetics or rare-disease explainer", topic="genetic basis of hereditary cancer and genetic counselling (professional summary)", topic_kind="other",
    W=False, reason="@gen", urgency="none", partial=True,
    retrieved="search tool excerpt (pages corpus) stored verbatim from the archived print page; cut in the introduction at 'lifestyle factors interact'",
    evidence=[],
    notes="professional genetics summary; no do-not-miss emergency in scope; not warranted, not present",
    text="""National Cancer Institute National Cancer Institute
U.S. National Institutes of Health National Cancer Institute
Send to Printer
Cancer Genetics Overview (PDQ®)     
Last Modified: 09/22/2008
Health Professional Version
Table of Contents

Purpose of This PDQ Summary
Introduction
Counseling
Structure and Content of PDQ Summaries
Study Populations
Use of Levels of Evidence
        Evidence related to screening
        Evidence related to cancer prevention
        Evidence related to treatment
Analytic Validity
Clinical Validity
Clinical Utility
Genetic Resources
Get More Information From NCI
Changes to This Summary (09/22/2008)
More Information

Purpose of This PDQ Summary

This PDQ cancer information summary for health professionals provides a framework for understanding the genetic basis of hereditary cancer. This summary is reviewed regularly and updated as necessary by the PDQ Cancer Genetics Editorial Board 1.

Information about the following is included in this summary:

  • The features of hereditary cancer.
  • The genetic counseling process.
  • An extensive list of genetics resources available online.

The PDQ Cancer Genetics summaries contain level-of-evidence designations. These designations are intended to help readers assess the strength of the evidence in relation to specific studies or strategies. A description of how the level of evidence 2 designations are made is described in detail in this summary.

This summary does not provide formal guidelines or recommendations for making health care decisions. Information in this summary should not be used as a basis for reimbursement determinations.

Introduction

 [Note: Many of the medical and scientific terms used in this summary are found in the NCI Dictionary of Genetics Terms 3. When a linked term is clicked, the definition will appear in a separate window.]

The etiology of cancer is multifactorial, with genetic, environmental, medical, and lifestyle factors interact""")
