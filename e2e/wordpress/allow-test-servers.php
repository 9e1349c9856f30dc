<?php
/*
 * Test only (a must-use plugin in the test's temporary WordPress): WordPress fetches
 * oEmbed only from public hosts on ports 80, 443 and 8080 (wp_http_validate_url); the
 * briefing under test runs on loopback, on other ports.
 */
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', function ($ports) {
    return array_merge($ports, range(3000, 3999));
});
