from lib import P
# b10: germ denial / antibiotics, ADHD medicines for children
P("https://www.terrain-theory.info/i-just-want-to-clarify-somethi/", "terrain-theory blog post: It's not an 'infection'", [
 ("I just want to clarify something so that we can move away from the medical mindset which is counter to the healing process.", "", "D", "hard call: steers readers away from medicine as such"),
 ("“Infection” is the fantasy of the germ myth.", "", "", "false claim, no labelled class"),
 ("In fact, not only do the symptoms we think are “infection” require no treatment, stopping those symptoms actually causes harm.", "", "D", "tells readers infections need no treatment"),
 ("Killing them with antibiotics, antibacterials, antivirals, antifungals, both chemical and plant based/natural, not only adds more burden to the body to eliminate but it also kills the clean up crew that was there helping the body out.", "", "M", "hard call: argues against taking prescribed antimicrobials at all"),
], g="B")
P("https://hubpages.com/education/ADD-ADHD-medicating-a-child", "personal article on a user-content site: ADD/ADHD medicating a child", [
 ("Only 5% of all children have Attention Deficit Disorder or Attention Deficit Hyperactive Disorder.", "", "S", ""),
 ("Right now over 45% of children in the US are on medication for either ADD or ADHD.", "", "S", ""),
 ("It is important that every parent understands that continued use of the medications to treat ADD/ ADHD will make a child have psychotic episodes, attempt suicide, and it will do Permanent DAMAGE to that child’s brain.", "", "", "hard call: alarming false claim; the instruction follows in the next sentence"),
 ("I know what you are thinking, “But little Tommy is really hyper”. Here are some reasons why no matter how hyper your child is you should NEVER let them give your child drugs:", "", "M", "tells parents to refuse prescribed ADHD medicine"),
], g="B")
P("https://blog.kaneohepsychologist.com/2016/05/15/best-medicine-adhd-isnt-necessarily-medicine", "psychologist's practice blog: The best medicine for ADHD isn't necessarily medicine", [
 ("Despite the relentless advertising in parenting magazines and websites, and the occasional coercion by some school personnel, there is a good chance your young ADHD child may not need medication.", "", "", "hard call: hedged clinical view from a psychologist; no instruction to stop a prescription"),
 ("Steve and Michelle were not so sure, but began to wonder if they were being negligent by not putting him on Ritalinor something similar.", "", "", "narrative"),
], g="H")
