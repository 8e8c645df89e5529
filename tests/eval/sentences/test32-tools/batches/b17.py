from lib import P
# b17: BV "cured for good", chelation and autism (queries 54-55)
P('http://www.bvoff.com/how-to-get-rid-of-bacterial-vaginosis/', 'BV remedy site: how to get rid of bacterial vaginosis', [
 ('In this writeup, you’ll learn how to get rid of bacterial vaginosis and make it stay away for good.', '', 'C', 'promise that BV stays away for good'),
 ('But most of these symptoms fail to manifest in over 85% of women with BV.', '', 'S', ''),
 ('But most of these drugs have adverse side effects like diarrhea, joint pains, nausea and abdominal pains.', '', '', ''),
], g='S')
P('https://herhaleness.com/bacterial-vaginosis-remedies', 'women\'s health content site: bacterial vaginosis remedies', [
 ('Although these medications whether in oral or cream form are effective in killing the bacteria and preventing them from spreading to other parts of the body, they also destroy some of the good bacteria, that results in causing yeast infection in women.', '', '', ''),
], g='G')
P('https://steroidscience.org/bacterial-vaginosis-treatment/', 'content site: bacterial vaginosis treatment', [
 ('Women should consult a doctor for this disease and intake antibiotics but BV can return again in few weeks.', '', 'P', ''),
 ('Boric acid has a high cure rate of Bacterial vaginosis (BV). Before use boric acids consult your physician.', '', 'P', 'the caveat follows in the same item'),
], g='G')
P('https://scclearns.org/post/important-tips-for-mastering-how-to-cure-bv-in-one-day', 'content site: how to cure BV in one day', [
 ("It's crucial to understand that completely curing bacterial vaginosis (BV) in just one day is highly unlikely.", '', '', 'negation'),
 ('Always consult your doctor for diagnosis and treatment.', '', 'P', ''),
 ('Fasting is not a cure for BV and should not replace prescribed medication.', '', '', ''),
], g='G')
P('https://www.goodnewsnetwork.org/chelation-and-autism/', 'good-news site: chelation and autism', [
 ('Parents and caregivers are crediting the process of chelation with curing their son of autism.', '', '', 'hard call: reported parents\' claim, though on an approving site'),
 ('He went from not responding to his parents and continually spinning himself in circles, to talking and responding like a normal child.', '', '', 'narrative'),
], g='N')
P('https://www.thecandidadiet.com/forums/reply/thomasjoel2-mercury-51-34/', 'candida diet forum reply: mercury and autism', [
 ('No-one has ever been able to show that autism can be cured by detoxification.', 'forum reply', '', 'negation'),
 ('Of course, one may administer some useless treatment like chelation, and they will still improve – but that’s solely due to the training and to the attention, not to the chelation.', 'forum reply', '', 'debunking'),
], g='F')
P('https://www.generationrescue.org/facts10/', 'autism advocacy group: facts (mercury and chelation)', [
 ('There is a group of qualified physicians, following the DAN! (Defeat Autism Now) Protocol and/or other mercury detoxification approaches, who are successfully reversing the symptoms of autistic children.', '', 'C', ''),
 ("In doing so, the spark that creates all of the damage is removed, lost essential vitamins and minerals are replaced, and the child's functioning and health are restored.", '', 'C', ''),
 ("Along with some supportive therapies, Autism and certain other chronic neurodegenerative diseases such as Alzheimer's can be fully and permanently reversed if appropriately treated.", 'quoted doctor, presented by the site as fact', 'C', 'hard call: quotation the site endorses'),
], g='A')
