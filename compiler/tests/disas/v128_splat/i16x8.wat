;; `i16x8.splat` of a local.

(module
  (func (export "f") (param $a i32) (result v128)
    (i16x8.splat (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: mov     eax,[rbp+0x18]
;;     23: movd    xmm0,eax
;;     28: pshuflw xmm0,xmm0,0
;;     2e: pshufd  xmm0,xmm0,0
;;     34: leave
;;     35: ret     0x10
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x1F
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     eax,[rbp+0x18]
;;     23: vmovd   xmm0,eax
;;     28: vpbroadcastw xmm0,xmm0
;;     2d: leave
;;     2e: ret     0x10
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x1F
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x1F
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret
