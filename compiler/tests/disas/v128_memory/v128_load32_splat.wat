;; `v128.load32_splat` at a local address.

(module
  (memory 1)
  (func (export "f") (param $p i32) (result v128)
    (v128.load32_splat offset=8 (local.get $p))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: mov     eax,[rbp+0x18]
;;     23: mov     r11,[r14+0x10]
;;     28: movd    xmm0,[r11+rax+8]
;;     2f: pshufd  xmm0,xmm0,0
;;     35: leave
;;     36: ret     0x10
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x24
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x24
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: mov     eax,[rbp+0x18]
;;     23: mov     r11,[r14+0x10]
;;     28: vpbroadcastd xmm0,[r11+rax+8]
;;     2f: leave
;;     30: ret     0x10
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x24
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x24
;;     7a: mov     eax,9
;;     80: mov     rsp,[r11+8]
;;     85: ret
