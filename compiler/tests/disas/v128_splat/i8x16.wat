;; `i8x16.splat` of a local.

(module
  (func (export "f") (param $a i32) (result v128)
    (i8x16.splat (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: mov     eax,[rbp+0x18]
;;     23: movd    xmm0,eax
;;     28: pxor    xmm15,xmm15
;;     2d: pshufb  xmm0,xmm15
;;     33: leave
;;     34: ret
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x1F
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x1F
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002F
;;     1e: mov     eax,[rbp+0x18]
;;     23: vmovd   xmm0,eax
;;     28: vpbroadcastb xmm0,xmm0
;;     2d: leave
;;     2e: ret
;;     2f: cmp     dword ptr [r11+0x14],0
;;     38: jne     0x000000000000004E
;;     3e: cmp     rax,[r11+0x38]
;;     43: jb      0x0000000000000068
;;     49: jmp     0x000000000000001E
;;     4e: mov     r11,[r14]
;;     53: mov     qword ptr [r11+0x18],0x1F
;;     5c: mov     eax,0xA
;;     62: mov     rsp,[r11+8]
;;     67: ret
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x1F
;;     76: mov     eax,9
;;     7c: mov     rsp,[r11+8]
;;     81: ret
