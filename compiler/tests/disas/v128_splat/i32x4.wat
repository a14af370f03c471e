;; `i32x4.splat` of a local.

(module
  (func (export "f") (param $a i32) (result v128)
    (i32x4.splat (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     eax,[rbp+0x18]
;;     23: movd    xmm0,eax
;;     28: pshufd  xmm0,xmm0,0
;;     2e: leave
;;     2f: ret     0x10
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x1F
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x1F
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret

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
;;     28: vpbroadcastd xmm0,xmm0
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
