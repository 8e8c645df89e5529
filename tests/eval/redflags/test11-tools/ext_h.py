# batch h: Simple English Wikipedia kidney stone disease
add(id="t11-simplewiki-kidney-stone-disease", group="no-red-flag", url="https://simple.wikipedia.org/wiki/Kidney_stone_disease", source="Simple English Wikipedia", licence=CCBYSA,
    title="Kidney stone disease", audience="consumer", genre="other", topic="kidney stone disease and renal colic (encyclopedia article)", topic_kind="condition",
    W=False, reason="encyclopedia text on an acute condition (reference, not guidance); by convention red flags not expected", urgency="same-day", partial=False,
    retrieved="search tool excerpt (pages corpus) stored verbatim; appears to hold the whole short article with infobox and references (reference list cut at the third item)",
    evidence=[],
    notes="hard call: encyclopedia article (infobox lists appendicitis, aortic aneurysm and pyelonephritis as differentials) with no advice; not warranted, not present; urgency same-day by topic (renal colic; infected obstructed kidney would be an emergency). A mobile copy (simple.m.wikipedia.org/wiki/Kidney_stone) exists and was not taken",
    text="""Kidney stone disease

From Simple English Wikipedia, the free encyclopedia
Kidney stone disease
Other namesUrolithiasis, kidney stone, renal calculus, nephrolith, kidney stone disease,
A color photograph of a kidney stone, 8 millimetres in length.
A kidney stone, 8 millimeters (0.3 in) in diameter
SpecialtyUrology, nephrology
SymptomsSevere pain in the lower back or abdomen, blood in the urine, vomiting, nausea[1]
CausesGenetic and environmental factors[1]
Diagnostic methodBased on symptoms, urine testing, medical imaging[1]
Differential diagnosisAbdominal aortic aneurysm, diverticulitis, appendicitis, pyelonephritis[2]
PreventionDrinking fluids such that more than two liters of urine are produced per day
TreatmentPain medication, extracorporeal shock wave lithotripsy, ureteroscopy, percutaneous nephrolithotomy[1]
Frequency22.1 million (2015)
Deaths16,100 (2015)

Kidney stone disease, also known as urolithiasis, is when a solid piece of material (kidney stone) happens in the urinary tract.[1] Kidney stones typically form in the kidney and leave the body during urination.[1] A small stone may pass without causing symptoms.[1] I

Usual location of pain caused by kidney stones

If a stone grows to more than 5 millimeters (0.2 in) it can cause blockage of the ureter resulting in severe pain in the lower back or abdomen.[1][3] The medical name for kidney stone pain is renal colic. A stone may also result in blood in the urine, vomiting, or painful urination.[1] About half of people will have another stone within ten years.

References[change | change source]

  1. 1.0 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 "Kidney Stones in Adults". February 2013. Archived from the original on 11 May 2015. Retrieved 22 May 2015.
  2. Knoll T, Pearle MS (2012). Clinical Management of Urolithiasis. Springer Science & Business Media. p. 21. ISBN 9783642287329. Archived from the original on 8 September 2017.
  3. Miller, NL; Lingeman, JE (2007). "Management of kidney stones" (PDF). BMJ. 334 (7""")
