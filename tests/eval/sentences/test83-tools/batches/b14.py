# sent83 b14: queries 53-54 (reversing chronic kidney disease; curing high blood pressure without medication: all results but one were already used)
from lib import P, S
P("https://drbrc.in/treatments/ckd", "naturopathy clinic treatment page: chronic kidney disease and kidney failure", "H")
S("Reversing the irreversible: A 360-degree approach to restoring kidney function without lifelong dialysis.", "CD", "standfirst under the page title", "hard call: promise to reverse CKD and restore kidney function (cure claim); offers the clinic's approach instead of lifelong dialysis (steer away from care)")
S("Recent epidemiological studies, including data referenced by the National Institutes of Health (NIH) and Indian Council of Medical Research (ICMR), suggest that the prevalence of CKD in India is alarmingly high, estimated at approximately 17.2% of the adult population.", "", "", "hard negative: figure attributed to named bodies")
S("By the time a patient experiences fatigue, swelling (edema), or changes in urination, they may have already advanced to Stage 3 or Stage 4, where the clinical focus traditionally shifts to aggressive management rather than cure.", "", "", "")
