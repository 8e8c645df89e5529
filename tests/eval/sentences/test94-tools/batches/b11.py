from lib import P, S
# b11 (queries 31-32): morning sickness bands, amber teething necklaces (no page: all URLs used or NL)
P('https://www.babydoppler.com/blog/morning-sickness-bands-can-they-actually-cure-pregnancy-nausea/', 'S', 'fetal doppler shop blog: can morning sickness bands cure pregnancy nausea')
S('Is it really possible for an elastic band to cure your sickness?', '', '', 'hard negative: question')
S('Sickness bands are typically natural and don’t contain any drugs or chemicals, making them safe to try during pregnancy.', '', '', 'hard call, negative: hedged ("typically")')
S('Since there’s no risk involved, you don’t need to worry about remembering to use it or take it off.', 'C', '', 'flat "no risk involved" in the seller\'s blog voice')
