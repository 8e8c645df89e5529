from lib import P
# b12: queries 63-64 (asthma remedies, metformin alternatives)
P("http://www.ketodope.com/metforminalternatives/", "keto blog: Top 5 Natural Metformin Alternatives", [
 ("Top 5 Natural Metformin Alternatives for Diabetes &Insulin Resistance", "title", "M", "hard call: swap framing (round-12: 'the natural alternative to Metformin')"),
 ("So why is metformin actually bad for you?", "", "", "question"),
 ("If that was addressed you could eventually improve it without metformin.", "", "M", "hard call: tells readers they could manage without the prescribed drug"),
 ("So metformin does come with a series of major side effects and can be dangerous if you rely on it for long term.", "", "", "hard call: disparages the drug without an instruction"),
], g="B")
P("http://www.mendosa.com/blog/?p=1073", "diabetes writer's blog: Diabetes Without Drugs", [
 ("Diabetes Without Drugs", "heading", "", "hard call: the writer's own story follows; the heading alone is not counted as an instruction"),
 ("People with type 1 diabetes have no choice.", "", "", ""),
 ("Not so many of us take Avandia now that studies show that it raises the risk of heart attack by 43 percent.", "", "S", ""),
 ("I took my chances with metformin until February 2006.", "", "", "narrative"),
], g="B")
P("https://www.healthlinegate.com/medication-medicine-drugs/best-metformin-natural-alternatives/", "health content site: best metformin natural alternatives", [
 ("More than 37 million Americans have diabetes, however, some people would rather take a more natural route to deal with their blood sugar levels, so what are the best Metformin natural alternatives?", "", "S", ""),
 ("It's essential to note that these alternatives aren't complete substitutes for diabetes care, so you should always consult with your doctor before trying new alternatives.", "", "P", ""),
 ("Therefore, taking tree turmeric every day can be a healthy alternative to metformin.", "next sentence: However, as tree turmeric is considered a natural herbal medicine, it's not approved as a way to treat diabetes.", "M", "hard call: swap framing; the consult reminder comes two sentences later"),
], g="G")
