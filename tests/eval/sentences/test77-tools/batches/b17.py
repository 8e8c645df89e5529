from lib import P, I
# b17: Nigerian news on "natural remedies for coronavirus", doctor's blog on onions (queries 66-67).
P("https://globalexcellenceonline.com/natural-remedies-for-coronavirus-pandemic-available-in-africa-ogbeni-kayode-olabode/", 'N', 'Nigerian news/magazine site reporting an NGO founder\'s claims of natural remedies for COVID-19')
I("After extensive research and due consultations from experts, the founder and CEO of Africa Heritage Focus Initiative International, Ogbeni Kayode Olabode, has revealed that there are natural remedies for the spread of the raging coronavirus disease in Black Africa.", '', '', 'reported claim (hard negative)')
I("If the virus is exposed to a temperature of 26-27°c it will be killed, as it does not live in hot regions.", '', 'quoted from the NGO founder', 'reported quotation')
I("Gargling with warm salt water kills tonsil germs and prevents them from leaking into the lungs.", '', 'quoted from the NGO founder', 'reported quotation')
I("Adherence to these instructions fulfills the purpose of preventing the virus.”", '', 'quoted from the NGO founder', 'reported quotation; prevention')
P("https://docoffclock.com/body-and-image/ode-to-onion?format=amp", 'H', "doctor's personal health blog: ode to the onion (cold remedies)")
I("One cold and congestion recipe is to submerge a slice or two of onion in warm water for a brief few seconds, and drink the fluid through the day.", '', '', 'food remedy without a measured dose')
I("While Covid19 is very contagious and may result in severe illness, at least 80% of those affected have mild cold-like symptoms.", 'S', '', 'percentage with no source')
I("Staying hydrated and treating the cold naturally may be a simple way to get over it.", '', '', 'hedged')
I("As this infection is not yet well understood it is best to contact the doctor if things get worse (drowsiness, high fevers and shortness of breath are examples of things to keep on high alert), or if concerns arise during any medical ailment.", 'P', '', 'conditional prompt to contact the doctor')
