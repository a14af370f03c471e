;; `v128.load16x4_u` at a local address.

(module
  (memory 1)
  (func (export "f") (param $p i32) (result v128)
    (v128.load16x4_u offset=8 (local.get $p))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     eax,[rbp+0x18]
;;     23: mov     r11,[r14+0x10]
;;     28: pmovzxwd xmm0,[r11+rax+8]
;;     30: leave
;;     31: ret     0x10
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x24
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x24
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret

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
;;     28: vpmovzxwd xmm0,[r11+rax+8]
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
