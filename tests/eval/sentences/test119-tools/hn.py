"""sent119 (round 47): marks natural hard negatives for dose_instruction (brief aim: >= 60 kept).
An item counts when it is not a dose, its text carries an amount, and its note says why the amount is not a
dose under POLICY-46 s3 (food, recipe or preparation, non-medicine on skin, study or reported dose, dietary
intake, product content, amount of water or juice) or that a dose carries a caveat in its sentence or section."""
import re
PAT = re.compile(r'hard negative|not a dose|study dose|dose reported|doses reported|dietary|recipe|preparation|'
                 r'product content|amount of water|amount of juice|caveat in the section|caveat in the sentence|'
                 r'studied dose|fluid intake|food', re.I)
UNIT = (r'tsp|teaspoons?|teaspoonful|tablespoons?|tbsp|mg|ml|drops?|capsules?|tablets?|cups?|glass(?:es)?|ounces?|oz|'
        r'grams?|g|IU|doses?|dropper\w*|spoonfuls?|litres?|liters?|milliliters?|millilitres?|packets?|servings?|amount|'
        r'sachets?|prunes|kiwis?|sticks?')
AMT = re.compile(r'(?:\d|\b(?:one|two|three|four|half|quarter|a|an|equal)\b)[^.;]{0,40}?(?:\b|(?<=\d))(?:' + UNIT + r')\b'
                 r'|\bpinch\b', re.I)
def is_hn(o):
    # the text must carry an amount, and the note must give a POLICY-46 reason or a caveat
    return (not o['labels']['dose_instruction']) and bool(PAT.search(o.get('notes') or '')) and bool(AMT.search(o['text']))
