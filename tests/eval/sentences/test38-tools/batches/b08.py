# sent38 batch 8: acupuncture for frozen shoulder (query 41; homeopathy for IBS and prostate, queries 39-40, gave no claim-dense unused page)
from lib import P
P("https://energymedicinechicago.com/services/conditions/frozen-shoulder", "acupuncture clinic: frozen shoulder", [
 ("A patient can expect noticeable improvements with each treatment and recovery of specific daily life abilities in the longer term.", "standfirst", "C", "hard call: promised result with each treatment"),
 ("Such needling removes toxins and brings nutrients to the site.", "", "", ""),
 ("For patients who don't like needles, acupressure can be just as effective.", "", "", ""),
 ("They are completely comfortable, safe, and the results are immediately seen and felt.", "about the clinic's assisted exercises", "C", "unqualified 'safe' and guaranteed immediate results"),
], g="A")
P("https://amberacu.com/frozen-shoulder/", "acupuncture clinic: frozen shoulder", [
 ("Without treatment, the shoulder usually gets better but it can take up to 3 years to fully resolve but commonly can resolve itself in 18 months.", "", "", ""),
 ("Western medicine has little to offer for treatment.", "", "D", "hard call: steers readers away from medical care toward acupuncture"),
 ("Surprisingly, these are still the methods of treatment used today, 30 years later by doctors and physiotherapists.", "", "", ""),
 ("In desperation, many patients have sought acupuncture therapy in the rehabilitation of frozen shoulder after failure of steroid injections and a worsening of the condition after aggravation from the physiotherapy exercises and mobilization procedures.", "", "", "reported"),
], g="A")
P("https://www.lavieacupunctureclinic.com/2019/01/14/frozen-shoulder/", "acupuncture clinic blog: frozen shoulder", [
 ("Based on our clinical observation, the acupuncture treatment needs to be started immediately after the onset of the condition.", "", "", ""),
 ("Less than 10 sessions will be required to see at least 85% improvement.", "previous sentence: If the patient is treated with acupuncture within 1 week to one month after the onset.", "C", "hard call: guaranteed result; the clinic's own figure, so not a statistic"),
 ("This information is based on our clinical experience and they are no really any scientific studies to show these results however it usually makes sense to treat a condition at its onset when the symptoms first occured.", "", "", ""),
], g="A")
P("http://penawartcm.com/FROZENHOULDER.html", "Chinese medicine clinic: frozen shoulder", [
 ("Most often affecting patients over 50 years of age, frozen shoulder is a condition in which the soft tissue of the shoulder becomes inflamed – often due to cold, sports injuries or work injuries.", "", "", ""),
 ("Chinese medicine utilises hot needle and traction techniques to treat the tendon adhesion that causes frozen shoulder, which can be cured in 5-10 sessions.", "", "C", "cure within a set number of sessions"),
], g="A")
P("https://www.seattleacupuncture.com/injuries/what-injuries-can-acupuncture-treat/frozen-shoulderadhesive-capsulitis", "acupuncture clinic: frozen shoulder", [
 ("Acupuncture helps alleviate frozen shoulder symptoms by increasing the flow of blood and energy to the shoulder muscles of supraspinatus, infraspinatus, teres minor and subscapularis.", "", "", ""),
 ("The shoulder will regain its normal range of motion and the pain will subside with a course of acupuncture treatments.", "", "C", "guaranteed result"),
 ("Usually a minimum of 6 visits is needed to properly address this stubborn condition.", "", "", ""),
], g="A")
