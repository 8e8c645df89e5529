from lib import P
P("https://www.pdxmm.com/education/side-effects-of-essential-oils/", "wellness business education page: side effects of essential oils", [
 ("I decided to start taking 4 drops of OnGuard (a doTERRA Essential Oil Blend) under my tongue morning and night, and putting lavender oil on my lips before bed, as I knew it was good for chapped lips.", "", "", "personal narrative of a dose, not an instruction"),
 ("The most common side effect of using Pure Certified Therapeutic Grade Essential Oils is that you get better in ways you hadn't intended.", "", "C", "hard call: recasts side effects as benefits (safety claim)"),
 ("Almost all of them are antibacterial, antiviral, and antifungal.", "", "", ""),
 ("They usually have all the compounds that attack disease, but in a buffered way that doesn't leave you with negative side effects.", "", "C", "no-side-effects claim"),
], g='A')
P("https://www.bearnaiserestaurant.com/blog/can-you-use-too-much-doterra-oil/", "unrelated-domain content page: can you use too much doTERRA oil", [
 ("Essential oils are not safe to consume and can cause significant poisoning even if small amounts are ingested.", "", "", ""),
 ("“Therapeutic” amounts require up to 5-6 drops of essential oil per dose.", "", "", "upper limit ('up to')"),
 ("Typically, no more than 20 drops of essential oils should be consumed internally within a 24-hour period, but this maximum can be higher or lower depending on the oil in use.", "", "", "upper limit"),
 ("Adding a drop or two of an essential oil to your water can enhance the flavor—and make staying hydrated tastier.", "", "", "flavouring"),
], g='G')
P("http://www.thebarefootdragonfly.com/why-essential-oils-are-not-water-flavoring-agents/", "aromatherapist's blog: why essential oils are not water flavoring agents", [
 ("I try to restrain my initial alarm and calmly explain that essential oils and water don’t mix, literally, and that they’re really good at being mucus membrane irritants.", "", "", ""),
 ("In some cases my client gets a liver panel and yeah, the liver isn’t happy with this intense routine and the doctor advises him or her to discontinue use immediately.", "", "", "narrative"),
 ("If you lived in France your psychiatrist or doctor could prescribe an aromatic medicine for you and you’d fill the prescription down at the pharmacy.", "", "", ""),
], g='A')
