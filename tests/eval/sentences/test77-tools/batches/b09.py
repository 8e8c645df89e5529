from lib import P, I
# b09: periwinkle (sadabahar) for diabetes (query 34).
P("https://dailynewsexpress.in/health-tips-the-secret-of-diabetes-control-is-hidden-in-the-evergreen-flower-of-the-house-consume-it-like-this", 'N', 'Indian news site health tips: periwinkle ("evergreen flower") for diabetes')
I("Right diet plays a major role in controlling diabetes.", '', '', '')
I("Read this also: Health Tips: If you want to avoid heart attack then drink this special desi tea, every bad cholesterol in the veins will melt.", 'C', 'link to another article inside the page', 'hard call: unhedged promise that the tea will melt away "every bad cholesterol in the veins" (elimination)')
I("Alkaloids are found in evergreen leaves and flowers, which improve insulin sensitivity.", '', '', '')
I("Their consumption increases the production of insulin from beta-pancread cells and it helps in detoxifying the body and also purifies the blood.", '', '', 'detox/purification and treatment-type claims, no cure wording')
I("Let us tell you that two-three leaves of evergreen flower should be chewed on an empty stomach.", 'O', 'heading: Include evergreen flowers and leaves in your diet.', 'hard call: herbal amount with timing for diabetic readers, no caveat in the section (periwinkle is toxic)')
I("Drink 1-2 teaspoon juice of evergreen leaves daily.", 'O', '', 'hard call: amount and frequency, no caveat')
I("Powder of evergreen leaves should be consumed with lukewarm water twice a day.", '', '', 'frequency but no amount: not counted as a dose')
