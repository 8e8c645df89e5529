from lib import P
# b13: queries 60-62 (hirudotherapy for infertility, peptide bioregulators, bee-sting courses)
P("https://iia-rf.ru/en/men/lechenie-besplodiya-girudoterapiei-lechenie-besplodiya-pri-pomoshchi", "translated content site: treating infertility with hirudotherapy", [
 ("To date, pathologies have been identified that cause infertility in men and women, which can be completely eliminated only by hirudotherapy.", "", "CD", "'completely eliminated only by hirudotherapy': cure claim that also rules out other care (hard call for D)"),
 ("At the end of the first course of hirudotherapy, ultrasound results indicate that the endometrium reaches its optimal thickness.", "", "C", "guaranteed result (hard call)"),
 ("Important! Leeches should be purchased at pharmacies, and under no circumstances should they be caught from the nearest lake or swamp, as there is a high risk of infection.", "", "", ""),
], g="G")
P("https://upregnancy.com/treatment-of-infertility-with-leeches-1541", "pregnancy content site: treatment of infertility with leeches", [
 ("These little healers produce about 46 enzymes that stimulate the human immune system, build up the body's work and have an anti-inflammatory effect.", "", "S", "figure without source (hard call)"),
 ("They will help to pass the protocol more easily, increase the chances of engrafting embryos and get quality eggs.", "about IVF", "", "efficacy promise without cure or safety wording (hard call)"),
 ("Leeches should be put by a specialist who has received special training and is aware of where they should be placed.", "", "", "not a medical professional in the guide's sense"),
], g="G")
P("https://bedbugus-pt.biz/rec/en/5766-girudoterapiya-v-ginekologii.html", "translated content site: hirudotherapy in gynaecology", [
 ("Modern clinical studies have proven the effectiveness of the use of leeches in the treatment of diseases of various systems and organs of the person, hirudotherapy is especially successfully used in gynecology.", "", "S", ""),
 ("A full renewal of the body’s defenses after hirudotherapy occurs after 10 sessions and this effect is achieved due to the fact that after the procedure “exhausted” lymph oozes from the patient’s wound.", "", "C", "guaranteed result (hard call)"),
 ("Destabilase - destroys blood clots, provides prevention of their re-formation.", "list of saliva components", "", ""),
], g="G")
P("https://naturesmarvels.com/articles/peptide-bioregulators-promote-active-and-functional-longevity/", "supplement shop article on peptide bioregulators", [
 ("These biologically active short chains of amino acids have the ability to repair genetic alterations occurring with age: they directly bind with portions of genes’ DNA to regulate and initiate processes that synthesize proteins, regenerate tissue, and restore functions of organs that have undergone age-related damage.", "", "C", "repair and restoration stated as fact (hard call)"),
 ("What factors promote their exceptional longevity and why does 99.996 percent of the rest of the population age more quickly, lose functionality, develop diseases and die decades younger?", "", "", "question"),
 ("According to a 2012 United Nations estimate, over 300,000 people worldwide had reached their 100th birthday to become centenarians.", "", "", "attributed"),
], g="S")
P("https://bdjola.com/places-of-treatment-by-bee-stings/", "content site on bee-sting treatment schedules", [
 ("The bee venom should be applied as follows: on the first day the patient is subjected to the stinging of one bee, on the second day – two bees, on the third – three and so on to 10 days.", "", "O", "escalating home regimen with amounts and timing (hard call)"),
 ("After the first course of treatment, that is, after receiving 55 bees, you should take a break for 3-4 days, and then continue treatment and apply 3 bees daily.", "", "O", ""),
 ("If after this there is no cure or noticeable improvement, treatment should be discontinued.", "", "", ""),
 ("In parallel, qualified medical personnel can apply apitoxin therapy to patients with rheumatism.", "", "", ""),
], g="G")
P("https://cleanseplan.com/apitherapy", "cleanse/detox site on apitherapy", [
 ("To put it simply, using bees to ‘sting’ you out of disease or using bee products to cure you is what Apitherapy is all about.", "", "C", "definition framed as curing (hard call)"),
 ("The bee sting is considered to cure a variety of ailments.", "", "", "reported ('is considered')"),
 ("Always consult a trained practitioner for the treatments.", "", "", "apitherapy practitioner, not a medical professional"),
], g="S")
P("https://dailynewsegypt.com/?p=605416", "newspaper feature on bee venom therapy", [
 ("Over the years, science has proven the effectiveness of using different bee products—such as beeswax, honey, pollen, propolis, and royal jelly—in treating various kinds of diseases.", "", "S", ""),
 ("However, bee stings are certainly not safe.", "", "", ""),
 ("It was proven that approximately 2% of people have allergic reactions to stings from bees and wasps.", "", "S", ""),
], g="N")
