;; `i64x2.splat` of a local.

(module
  (func (export "f") (param $a i64) (result v128)
    (i64x2.splat (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     rax,[rbp+0x18]
;;     23: movq    xmm0,rax
;;     28: punpcklqdq xmm0,xmm0
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

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     rax,[rbp+0x18]
;;     23: vmovq   xmm0,rax
;;     28: vpbroadcastq xmm0,xmm0
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
