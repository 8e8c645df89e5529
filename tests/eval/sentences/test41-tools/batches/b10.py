# sent41 batch 10: saw palmetto doses, IVF and acupuncture (clinic pages), cupping for blood pressure and diabetes, Tijuana patient stories, stem cell knee stories (queries 41-42 and 44-46)
from lib import P
P("http://www.sawpalmettohairlossresults.com/saw-palmetto-dosage-for-hair-loss/", "affiliate site page 'Saw Palmetto Dosage for Hair Loss'", [
 ("Saw Palmetto’s miracles over hair loss have been very famous.", "", "C", "hard call: the writer endorses 'miracles' against hair loss"),
 ("Like other medications it has side effects and also like others it has a dosage to be followed by consumers to get best results and avoid complications.", "", "", ""),
 ("The 160 mg capsules must be taken twice a day and are recommended to people weighing 185lbs and below, while people heavier than 185 pounds are advised to take 320mg capsules once a day.", "no pharmacist or doctor caveat in the section", "O", ""),
 ("Capsules must taken with food particularly foods with fat because saw palmetto is fat soluble.", "", "", "no amount"),
], g="S")
P("https://easyreps.app/blog-posts/saw-palmetto-guide", "fitness app blog guide to saw palmetto", [
 ("Most research on saw palmetto uses specific doses that have shown the best results:", "heading: Daily Intake and Dosage", "", ""),
 ("- Adults (men): 160mg twice daily (320mg total) of standardized extract", "list under 'Standard Dosing:'", "O", "consumer dosing list with no caveat in the section"),
 ("- Timing: Take with meals to improve absorption and reduce stomach upset", "list under 'Standard Dosing:'", "", "no amount"),
 ("- Male pattern hair loss or thinning hair", "list: Signs You Might Benefit:", "", ""),
], g="G")
P("http://www.lallynaturals.com/saw-palmetto-for-hair-loss/", "natural products seller page on saw palmetto for hair loss", [
 ("However, lack of FDA approval merely means that saw palmetto hasn’t been shown to work in clinical settings and does not mean it’s unsafe or ineffective.", "", "", ""),
 ("Many men and women have attested to how well saw palmetto works after trying it themselves.", "", "", ""),
 ("Those interested in trying saw palmetto hair loss supplements should talk to their doctor beforehand.", "", "P", ""),
], g="S")
P("https://alternativemedicine87.blogspot.com/2017/10/how-to-use-saw-palmetto-to-treat-hair.html", "alternative medicine blog 'How to Use Saw Palmetto to Treat Hair Loss'", [
 ("Determine your correct dosage with the help of your doctor.", "step 5", "P", ""),
 ("Depending on your body weight, you should take about 160 mg. to 320 mg. of saw palmetto every day to experience its beneficial effects.", "same step opens 'Determine your correct dosage with the help of your doctor' and ends 'Do not increase your dosage before talking to your doctor.'", "", "hard call: dose with a doctor caveat in the same step"),
 ("Do not increase your dosage before talking to your doctor.", "", "P", "double negation prompting the doctor"),
], g="B")
P("https://www.dominionfertility.com/blog/88-one-of-my-friends-tried-acupuncture-before-her-ivf-cycle-and-it-worked-should-i-try-acupuncture/", "fertility clinic blog on acupuncture before IVF", [
 ("Several studies have suggested an improvement in IVF pregnancy rates with acupuncture.", "", "S", ""),
 ("Our current policy is to recommend against the use of herbal medicines unless the content and potency of these supplements are clearly understood by all parties.", "", "", ""),
 ("I can’t say that Reiki got me pregnant, but it certainly helped me to relax, and that can never hurt.", "patient comment on the clinic blog", "", ""),
], g="H")
P("https://cincinnatifertility.com/alternative-medicine/", "fertility clinic page on alternative medicine", [
 ("We have looked at our results over a decade and have not noticed a positive or negative result.", "", "", "first-party"),
 ("The pregnancy rate was 45% in 261 women who underwent alternative medical therapies.", "the study is attributed in the paragraph to Dr Jacky Boivin (Cardiff University), reported at the European Society of Human Reproduction", "", "attributed"),
 ("If you would like to use these supplements, please discuss this with your doctor.", "", "P", ""),
], g="H")
P("https://www.obmd.com/p/who-really-needs-ivfand-who-doesnt", "obstetrician's newsletter 'Who Really Needs IVF—and Who Doesn't'", [
 ("Instead of rushing them toward IVF, I gave a simpler prescription: have regular intercourse, particularly during the fertile window (which they needed to be taught), and pay attention to timing.", "", "", "narrative of a doctor's own advice"),
 ("It reminds us that while IVF is a life-changing technology for many, it is not the first step for everyone.", "", "", "clinical statement"),
], g="H")
P("https://aafiyahealthcare.com/hypertension-hijama-therapy/", "hijama clinic page on hypertension", [
 ("As you read through this article, you will understand the basic causes of high blood pressure and how cupping can help remove them thus, eliminating the disease by way of natural methods that are completely safe.", "", "C", "claims to eliminate hypertension, 'completely safe'"),
 ("Why Cupping Therapy is a Better Option", "heading; the section lists side effects of prescribed blood-pressure drugs", "M", "hard call: presents cupping as the better option than prescribed blood-pressure medication, no doctor named"),
 ("Often, the drugs prescribed by medical practitioners can have adverse effects that make the patient feel more ill.", "heading: Why Cupping Therapy is a Better Option", "", ""),
 ("A noninvasive form of treatment, cupping therapy works to eliminate the root causes of high blood pressure.", "heading: Why Cupping Therapy Works", "C", ""),
], g="A")
P("https://www.diabetessa.org.za/the-benefits-of-cupping-therapy-for-people-living-with-diabetes/", "diabetes association magazine piece by a cupping therapist", [
 ("Cupping is a safe, non-invasive and inexpensive technique that has been practiced since ancient times.", "", "C", "unqualified 'safe' (wet cupping included)"),
 ("This process strengthens the immune system, so encouraging the optimum functioning of the body.", "", "", ""),
], g="N")
P("https://qeeebo.com/questions/how/73/62e/how-does-cupping-therapy-help-regulate-blood-pressure", "Q&A content site 'How does cupping therapy help regulate blood pressure?'", [
 ("Cupping therapy is an alternative medicinal approach that can be used to improve high blood pressure.", "", "", ""),
 ("This makes it an attractive alternative to traditional medications, which often come with side effects such as constipation, fatigue, and dry coughs.", "about blood-pressure medicines", "M", "hard call: offers cupping as a replacement for prescribed blood-pressure medication"),
 ("By using cupping therapy, individuals can potentially improve their high blood pressure without the need for pills.", "", "M", "hard call: hedged ('potentially') but tells readers they may not need their pills"),
], g="G")
P("https://www.heartstransformed.com/blog/2018/12/18/why-mexico", "couple's blog 'Why Mexico?' on choosing a Tijuana cancer hospital", [
 ("If you live in this country and are diagnosed with cancer there is very little hope based on our experience.", "", "D", "hard call: tells readers standard cancer care offers little hope, steering them to a Mexican alternative clinic"),
 ("More people die from cancer each year than are cured.", "", "", "no figure"),
 ("The name of the hospital Jane and I went to in Tijuana Mexico is Oasis of Hope and they have been successfully treating cancer for over 55 years.", "", "", "treatment claim without cure wording"),
 ("I encourage you to do your own research if you choose.", "", "", ""),
], g="B")
P("http://articles.orlandosentinel.com/1985-05-26/news/0300210134_1_cancer-clinics-laetrile-cancer-was-cured", "newspaper archive article 'Tijuana Cancer Clinics Lure Patients With Tales Of Hope' (1985)", [
 ("''I've met people who had cancer and don't have it anymore,'' said Davies, 47, matter-of-factly.", "", "", "reported speech"),
 ("Despite the advice of American doctors, who now can cure about 50 percent of cancers, and regardless of a 1981 Mayo Clinic study that debunked laetrile's effect on cancer, the clinics of Tijuana are growing and spreading as fast as the number of diseases they now purport to cure: cancer, arthritis, multiple sclerosis, lupus, asthma, emphysema, allergies, diabetes, mental retardation, cardiovascular problems and neurological disorders.", "", "S", "uncited '50 percent'; the clinics' cure claims are reported ('purport')"),
 ("Most boast success rates of 60 percent or better but offer little proof to back their claims.", "", "", "reported clinic claims"),
], g="N")
P("https://245798.b5iptu270.asia/news/mexican-cancer-clinic-mixing-faith-and-science-to-save-lives.html", "copy of a Christian news article on a Tijuana cancer hospital", [
 ("“I originally went the traditional way, and I knew that that was not the path for me,” she told The Christian Post about how she first started her cancer treatment.", "", "", "reported"),
 ("Former stand-up comic and radio talk-show host, Rick Hill, says Oasis of Hope Hospital saved his life.", "", "", "reported"),
], g="G")
P("https://forwardhealthylifestyles.com/2019/01/03/live-stem-cell-therapy-is-the-healing-choice-of-the-future/", "wellness clinic blog on live stem cell therapy", [
 ("According to Sports Illustrated, more than 100 NFL players have tried stem cell therapy—both in place of surgery and as an adjunct procedure to speed up post-surgical regeneration.", "", "", "attributed"),
 ("Surgery removes tissue and bone from your body, can damage nerves, and can also cause blood clots and breathing problems—not to mention the expense.", "", "", ""),
 ("Stem cells stimulate your own cells to regenerate themselves, tapping your body’s natural ability to heal with less risk and expense.", "", "", "comparative"),
], g="H")
P("http://checkbiotech.org/knee-stem-cell-therapy-versus-surgery/", "biotech content site on knee stem cell therapy versus surgery", [
 ("He underwent this procedure, and he was able to return to his normal life; completely free of pains.", "narrative of one patient", "", ""),
 ("This is a success story of how stem cell therapy was used in treating a knee disease, with little or no side effects, and an outstanding result.", "", "", "'little or no', one story"),
], g="G")
P("http://mettahealthcare.com/success-story-knee-instability-and-stem-cells/", "regenerative clinic success story on knee instability", [
 ("I expect a full recovery.", "about one patient", "", "first-party prognosis"),
 ("The stem cells can accelerate and help healing at a fraction of the cost of surgery.", "", "", ""),
], g="H")
P("https://onlinenews.pro/?p=32854", "news aggregator copy of a personal story on stem cells for knee pain", [
 ("My mother was just days away from needing knee replacement surgery before a miracle therapy saved her ability to walk pain-free.", "", "C", "hard call: the writer's own 'miracle therapy' testimonial"),
 ("That’s because the US Food and Drug Administration (FDA) has refused to approve several stem cell-related therapies, citing rare instances where these experimental alternatives to surgery led to infections or tumors.", "", "", ""),
], g="N")
