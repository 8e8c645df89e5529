"""Small realistic page layouts for the HTML region tests (written for these tests; the
article sentences are in the style of the NIH corpus)."""

from __future__ import annotations

WORDPRESS = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>What causes leg cramps at night? &#8211; Healthy Steps Blog</title>
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
  <div class="site-branding"><p class="site-title"><a href="/">Healthy Steps Blog</a></p>
  <p class="site-description">Everyday wellness tips</p></div>
  <nav id="site-navigation" class="main-navigation">
    <ul id="top-menu" class="menu">
      <li class="menu-item"><a href="/">Home</a></li>
      <li class="menu-item"><a href="/diabetes/">Diabetes and insulin pumps</a></li>
      <li class="menu-item"><a href="/heart/">Heart attack warning signs</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">What causes leg cramps at night?</h1>
    <div class="entry-meta">Posted on <time class="entry-date published"
      datetime="2018-05-03T08:00:00+00:00">May 3, 2018</time> by Jane Doe</div>
  </header>
  <div class="entry-content">
    <p>Leg cramps are sudden, painful tightenings of a muscle in the calf, foot or thigh.
    They often happen at night and can wake you from sleep.</p>
    <h2>Why they happen</h2>
    <p>Tired muscles, long periods of sitting and some medicines can cause cramps.
    Stretching the calf before bed helps many people.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
      <ul><li><a href="https://twitter.com/share">Twitter</a></li>
      <li><a href="https://facebook.com/share">Facebook</a></li></ul></div>
  </div>
  <footer class="entry-footer">Posted in <a href="/cat/muscles/">Muscles</a></footer>
</article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">3 thoughts on &ldquo;What causes leg cramps at night?&rdquo;</h2>
  <ol class="comment-list">
    <li class="comment"><p>I cured my cramps with pickle juice, stop taking your pills!</p></li>
    <li class="comment"><p>Magnesium worked for me within a day.</p></li>
  </ol>
</div>
</main>
</div>
<aside id="secondary" class="widget-area" role="complementary">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
  <ul><li><a href="/chest-pain/">Chest pain: when to call 911</a>
  <span class="post-date"><time class="updated" datetime="2021-01-01">Jan 1, 2021</time></span></li>
  <li><a href="/stroke/">Stroke signs you should never ignore</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <p>This blog does not provide medical advice. Always ask your doctor.</p>
</footer>
</div>
</body>
</html>
"""

HOSPITAL = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Shingles | Riverside Health System</title>
<meta name="description" content="Shingles causes, symptoms and treatment">
<body>
<div class="cookie-banner">We use cookies to improve your experience.
<a href="/privacy">Learn more</a></div>
<div class="header-wrapper">
 <div class="utility-bar"><a href="/portal">MyChart login</a> <a href="/careers">Careers</a>
 <a href="/donate">Donate</a></div>
 <div class="mega-menu">
  <div class="mega-menu__column"><h3>Conditions</h3>
   <a href="/cancer">Cancer care</a> <a href="/stroke">Stroke center</a>
   <a href="/heart">Heart and vascular</a> <a href="/covid">COVID-19 vaccines</a></div>
  <div class="mega-menu__column"><h3>Find a doctor</h3>
   <a href="/doctors">Search doctors</a> <a href="/locations">Locations</a>
   <a href="/urgent">Urgent care</a></div>
 </div>
</div>
<ol class="breadcrumb"><li><a href="/">Home</a><li><a href="/conditions">Conditions</a>
<li>Shingles</ol>
<div class="page-body">
 <div class="main-content">
  <h1>Shingles</h1>
  <p>Shingles is a painful rash caused by the same virus that causes chickenpox.
  After you have chickenpox, the virus stays in your body.</p>
  <h2>Symptoms</h2>
  <ul><li>Burning or tingling pain on one side of the body
  <li>A rash of blisters a few days later</ul>
  <p>Call your doctor right away if the rash is near your eye.</p>
  <p class="last-reviewed">Last reviewed: <span itemprop="lastReviewed">12 Mar 2019</span></p>
 </div>
 <div class="sidebar">
  <h2>Related conditions</h2>
  <ul><li><a href="/chickenpox">Chickenpox</a><li><a href="/herpes">Herpes simplex</a>
  <li><a href="/meningitis">Meningitis</a></ul>
 </div>
</div>
<div id="footer"><p>&copy; 2019 Riverside Health System. The information on this site is not a
substitute for professional medical advice.</p></div>
</body>
</html>
"""

NEWS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Study links sleep to heart health - Daily Ledger</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Study links short sleep to heart disease",
 "datePublished": "2018-05-03T09:00:00Z",}
</script>
</head>
<body>
<div class="top-nav"><a href="/">Daily Ledger</a> <a href="/news">News</a>
<a href="/health">Health</a>
<a href="/sports">Sports</a></div>
<article class="story">
<h1>Study links short sleep to heart disease</h1>
<p class="byline">By Sam Reporter</p>
<p>BOSTON, May 3, 2018 &mdash; Adults who sleep fewer than six hours a night had more heart
attacks over ten years, researchers reported on Thursday.</p>
<p>The study followed 4,000 adults and adjusted for smoking and weight.</p>
<div class="related-stories"><h2>More from Health</h2>
<ul><li><a href="/a">Miracle fruit cures diabetes, readers say</a><li><a href="/b">Ten foods that
fight cancer</a><li><a href="/c">Why doctors hate this trick</a></ul></div>
<div class="advertisement"><h4>Advertisement</h4><p>Try SleepWell pills today!</p></div>
<p>The authors said more research is needed before changing advice.</p>
</article>
<div class="outbrain-widget"><a href="/x">You may also like</a> <a href="/y">Sponsored</a>
<a href="/z">Around the web</a></div>
</body></html>
"""

TABLE_2008 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Gout - Family Health Pages</title>
</head>
<body bgcolor="#ffffff">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/banner.gif" alt="Family Health Pages"></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#eeeeff">
<a href="/index.htm">Home</a><br>
<a href="/arthritis.htm">Arthritis</a><br>
<a href="/asthma.htm">Asthma</a><br>
<a href="/back-pain.htm">Back pain</a><br>
<a href="/diabetes.htm">Diabetes</a><br>
<a href="/contact.htm">Contact us</a>
</td>
<td valign="top">
<font face="Arial" size="4"><b>Gout</b></font>
<p>Gout is a kind of arthritis caused by too much uric acid in the blood.
It usually starts in the big toe.
<p>Drink plenty of water and see your doctor if a joint becomes hot and swollen.
<p>Page last modified: September 8, 2009
</td>
</tr>
</table>
</body>
</html>
"""
