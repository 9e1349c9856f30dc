<?php
// Installs the test WordPress and publishes one post per NAME=ADDRESS argument: an embed
// block holding the address, as the block editor saves a pasted link.
$root = $argv[1];
$posts = array_slice($argv, 2);
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require $root . '/wp-load.php';
// No mail to the test's administrator (upgrade.php defines this only if it is not defined yet).
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Embed test', 'admin', 'admin@example.invalid', false, '', wp_generate_password());
foreach ($posts as $post) {
    [$name, $address] = explode('=', $post, 2);
    $block = sprintf(
        "<!-- wp:embed {\"url\":\"%s\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n%s\n</div></figure>\n<!-- /wp:embed -->",
        $address,
        $address
    );
    $id = wp_insert_post([
        'post_name' => $name,
        'post_title' => "Embed: $name",
        'post_content' => $block,
        'post_status' => 'publish',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "could not publish $name: " . $id->get_error_message() . "\n");
        exit(1);
    }
    // Render it once, as its first reader would: WordPress discovers the oEmbed and keeps it
    // with the post. A post that does not embed stops the setup, naming the address.
    $GLOBALS['post'] = get_post($id);
    setup_postdata($GLOBALS['post']);
    $html = apply_filters('the_content', $GLOBALS['post']->post_content);
    if (strpos($html, '<iframe class="wp-embedded-content"') === false) {
        fwrite(STDERR, "WordPress did not embed $address:\n$html\n");
        exit(1);
    }
}
